// The observation form: criteria of a stage not ticked as observed take no rating.
// Unticking a stage sets its criteria to "No rating" and disables the scale; ticking it
// enables the scale again. Without JavaScript the server refuses such ratings and says why.
(function () {
  function apply(box) {
    var group = document.querySelector('[data-stage="' + box.value + '"]');
    if (!group) {
      return;
    }
    group.classList.toggle("stage-unobserved", !box.checked);
    var note = group.querySelector("[data-stage-note]");
    if (note) {
      note.hidden = box.checked;
    }
    group.querySelectorAll('input[type="radio"]').forEach(function (radio) {
      if (radio.value === "") {
        if (!box.checked) {
          radio.checked = true;
        }
      } else {
        radio.disabled = !box.checked;
      }
    });
  }
  document.querySelectorAll('input[name="stages_observed"]').forEach(function (box) {
    apply(box);
    box.addEventListener("change", function () {
      apply(box);
    });
  });
})();
