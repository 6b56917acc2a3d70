// Fonts ship with the app (no CDN): Latin and Cyrillic, Hangul, and CJK for place names.
// Each is split by unicode-range, so a page only downloads the slices it shows.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-sc/400.css';
