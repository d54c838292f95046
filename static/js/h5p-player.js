/* The H5P activity of a lesson, played by h5p-standalone (wagtail-lms's vendored copy, loaded
   before this file) inside the lesson page: embedded as a div, not an iframe, because
   h5p-standalone writes an iframe's page with an inline script, which the site's policy does
   not run. The activity's libraries load as script and style files from the lesson's package
   URL (same origin, access-checked).

   H5P reports progress as xAPI statements on H5P.externalDispatcher. Those that end the
   activity are sent to the lesson's runtime URL, which decides whether the lesson is done. */
(function () {
  "use strict";

  var anchor = document.getElementById("h5p-activity");
  var Standalone = window.H5PStandalone; // frame.bundle.js later overwrites the global
  if (!anchor || !Standalone || typeof Standalone.H5P !== "function") {
    return;
  }
  var status = document.getElementById("h5p-status");
  var data = anchor.dataset;
  var ENDING = ["completed", "answered", "passed", "mastered", "failed"];
  var sending = Promise.resolve();

  function say(message) {
    if (status && message) {
      status.textContent = message;
    }
  }

  function post(statement) {
    sending = sending.then(function () {
      return fetch(data.runtimeUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": data.csrfToken },
        body: JSON.stringify({ statement: statement }),
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("The runtime answered " + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          if (answer.activity_failed) {
            say(data.failedMessage); // this try, even if the lesson was done before
          } else if (answer.lesson_done) {
            say(data.doneMessage);
          } else if (answer.activity_finished) {
            say(data.finishedMessage);
          }
        })
        .catch(function () {
          say(data.errorMessage);
        });
    });
  }

  function onStatement(event) {
    var statement = event && event.data && event.data.statement;
    if (!statement || !statement.verb || typeof statement.verb.id !== "string") {
      return;
    }
    if (ENDING.indexOf(statement.verb.id.split("/").pop()) !== -1) {
      post(statement);
    }
  }

  new Standalone.H5P(anchor, {
    id: data.contentId,
    h5pJsonPath: data.contentUrl,
    frameJs: data.frameJs,
    frameCss: data.frameCss,
    embedType: "div",
  })
    .then(function () {
      window.H5P.externalDispatcher.on("xAPI", onStatement);
    })
    .catch(function () {
      say(data.loadErrorMessage);
    });
})();
