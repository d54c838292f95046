/* A SCORM 1.2 SCO: finds the LMS's API in a parent window, says hello, and reports the course
   completed, with a score and the learner's note (cmi.comments), when the learner finishes. */
(function () {
  "use strict";

  function findApi(win) {
    var hops = 0;
    while (win && !win.API && win.parent && win.parent !== win && hops < 10) {
      win = win.parent;
      hops += 1;
    }
    return win ? win.API : null;
  }

  var api = findApi(window);
  var welcome = document.getElementById("welcome");
  var feedback = document.getElementById("feedback");
  if (!api) {
    welcome.textContent = "Open this course from its lesson to have your progress recorded.";
    return;
  }
  api.LMSInitialize("");
  welcome.textContent = "Hello " + api.LMSGetValue("cmi.core.student_name") + ".";
  if (api.LMSGetValue("cmi.core.lesson_status") === "not attempted") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    api.LMSCommit("");
  }

  document.getElementById("finish").addEventListener("click", function () {
    var chosen = document.querySelector("input[name=stage]:checked");
    if (!chosen) {
      feedback.textContent = "Choose an answer first.";
      return;
    }
    var right = chosen.value === "private";
    var note = document.getElementById("note").value.trim();
    if (note) {
      api.LMSSetValue("cmi.comments", note);
    }
    api.LMSSetValue("cmi.core.score.raw", right ? "100" : "0");
    api.LMSSetValue("cmi.core.lesson_status", "completed");
    api.LMSCommit("");
    api.LMSFinish("");
    feedback.textContent = right
      ? "Right: professionals leave for private family time. You have finished the course."
      : "Professionals leave for private family time. You have finished the course.";
    document.getElementById("finish").disabled = true;
  });
})();
