"""clean-article: turn raw scraped web dumps into clean article records."""
