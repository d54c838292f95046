/* Practice Circle's own H5P library: one multiple-choice question. "Check my answer" reports
   the activity completed with its score through H5P's xAPI events: 1 of 1 and success when
   the right option is chosen, 0 of 1 and not successful otherwise (the learner can try again). */
var H5P = window.H5P = window.H5P || {};
H5P.PracticeCircleCheck = (function (EventDispatcher) {
  "use strict";

  function Check(params, contentId) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
  }
  Check.prototype = Object.create(EventDispatcher.prototype);
  Check.prototype.constructor = Check;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  Check.prototype.attach = function ($container) {
    var self = this;
    var params = self.params;
    var box = $container.get(0);
    var name = "h5p-pc-check-" + self.contentId;
    box.textContent = "";
    var wrapper = element("div", "h5p-pc-check");
    var fieldset = element("fieldset", "h5p-pc-check__fieldset");
    fieldset.appendChild(element("legend", "h5p-pc-check__legend", params.question));
    var inputs = (params.options || []).map(function (option, index) {
      var row = element("div", "h5p-pc-check__option");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.id = name + "-" + index;
      input.value = String(index);
      var label = element("label", "", option.text);
      label.htmlFor = input.id;
      row.appendChild(input);
      row.appendChild(label);
      fieldset.appendChild(row);
      return input;
    });
    var button = element("button", "h5p-pc-check__button", params.checkLabel);
    button.type = "button";
    var feedback = element("div", "h5p-pc-check__feedback");
    feedback.setAttribute("role", "status");
    button.addEventListener("click", function () {
      var chosen = inputs.filter(function (input) { return input.checked; })[0];
      feedback.textContent = "";
      if (!chosen) {
        feedback.appendChild(element("p", "", params.chooseFirst));
        return;
      }
      var option = params.options[Number(chosen.value)];
      var right = option.correct === true;
      feedback.appendChild(element("p", "", right ? params.rightText : params.wrongText));
      feedback.appendChild(element("p", "", option.feedback));
      self.triggerXAPIScored(right ? 1 : 0, 1, "completed", true, right);
    });
    wrapper.appendChild(fieldset);
    wrapper.appendChild(button);
    wrapper.appendChild(feedback);
    box.appendChild(wrapper);
  };

  return Check;
})(H5P.EventDispatcher);
