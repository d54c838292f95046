// The main navigation folds behind a "Menu" button on narrow screens. Without JavaScript the
// button stays hidden and the list stays open, so every link is always reachable.
(function () {
  var toggle = document.querySelector("[data-nav-toggle]");
  if (!toggle) {
    return;
  }
  var list = document.getElementById(toggle.getAttribute("aria-controls"));
  var narrow = window.matchMedia("(max-width: 640px)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    list.hidden = !open;
  }

  function fit() {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  list.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches) {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", fit);
  fit();
})();
