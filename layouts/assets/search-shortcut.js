// `/` moves to the page's search box, as on many sites, unless the reader is typing somewhere else. The only
// script every page loads: browsing pages load no search code.
addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const typing = "textarea, select, [contenteditable], input:not([type='checkbox'], [type='radio'], [type='submit'], [type='button'])";
  if (event.target instanceof Element && event.target.closest(typing)) return;
  const box = document.querySelector("[role='search'] input[type='search']");
  if (!box || box.closest("[hidden]")) return;
  event.preventDefault();
  box.focus();
  box.select();
});
