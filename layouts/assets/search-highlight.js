// An article opened from a search result has the words searched for in its address (?pagefind-highlight=…):
// Pagefind's highlighter marks them in the article text. Any other visit loads nothing more.
if (new URLSearchParams(location.search).has("pagefind-highlight")) {
  // Found beside this file, so the site's path prefix is kept.
  const { default: PagefindHighlight } = await import(new URL("../pagefind/pagefind-highlight.js", import.meta.url).href);
  // Pagefind's own styles for the marks would be an inline <style>, which the site's CSP refuses; style.css has them.
  new PagefindHighlight({ highlightParam: "pagefind-highlight", addStyles: false });
}
