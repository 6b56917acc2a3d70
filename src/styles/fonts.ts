// Fonts ship with the app (no CDN): Latin and Cyrillic, Hangul, and CJK for place names.
// Each is split by unicode-range, so a page only downloads the slices it shows.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-sc/400.css';

// Start the interface's Latin faces now, in parallel with the data, rather than when the first
// label is laid out (~1 s later for a large file, and the map is not ready until they arrive).
if (typeof document !== 'undefined' && document.fonts) {
  for (const weight of [400, 600]) void document.fonts.load(`${weight} 1em "Noto Sans"`, 'Aa');
}
