// A table wider than its box says so: "Scroll sideways to see more" above it, tied to the
// scrolling region (which is focusable, so arrow keys scroll it). Shown only while it is
// needed; the edge shadows in site.css show it too, with or without JavaScript.
(function () {
  var HINT = "Scroll sideways to see more";
  var wrappers = document.querySelectorAll(".table-wrapper");

  function check(wrapper) {
    var hint = wrapper._tableHint;
    var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    var ids = (wrapper.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== hint.id;
    });
    if (scrolls) {
      ids.push(hint.id);
    }
    hint.hidden = !scrolls;
    if (ids.length) {
      wrapper.setAttribute("aria-describedby", ids.join(" "));
    } else {
      wrapper.removeAttribute("aria-describedby");
    }
  }

  wrappers.forEach(function (wrapper, index) {
    var hint = document.createElement("p");
    hint.className = "table-hint";
    hint.id = "table-hint-" + (index + 1);
    hint.textContent = HINT;
    hint.hidden = true;
    wrapper.parentNode.insertBefore(hint, wrapper);
    wrapper._tableHint = hint;
    check(wrapper);
  });

  if ("ResizeObserver" in window) {
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        check(entry.target);
      });
    });
    wrappers.forEach(function (wrapper) {
      observer.observe(wrapper);
    });
  } else {
    window.addEventListener("resize", function () {
      wrappers.forEach(check);
    });
  }
})();
