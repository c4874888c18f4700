// Starts Pagefind's search box on the search page; pagefind-ui.js, loaded before this file, defines PagefindUI.
// Pagefind finds its index, and the site's path prefix, from the address it was loaded from.
// A search sent from another page's search form arrives as ?q=… and runs at once.
// The search page of an archive with no articles has no #search, and no index to search.
if (document.getElementById("search")) {
  const ui = new PagefindUI({ element: "#search", showSubResults: true });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}
