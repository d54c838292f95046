/* The SCORM API a package in a lesson talks to: SCORM 1.2's window.API and SCORM 2004's
   window.API_1484_11, found by the package in its parent window (the lesson page).

   Values start from the learner's saved data (the #scorm-state JSON) and are kept in the page;
   what the package sets is sent to the lesson's runtime URL on each commit and at the end.
   The server decides whether the lesson is done. The frame's page is set here, once the API
   exists.

   What the server did not keep because what the learner typed may identify a family (or
   because the connection failed) is sent again with the next commit. The warning lists what
   was found; its button sends it again, confirmed as identifying nobody. */
(function () {
  "use strict";

  var frame = document.getElementById("scorm-frame");
  var stateElement = document.getElementById("scorm-state");
  if (!frame || !stateElement) {
    return;
  }
  var status = document.getElementById("scorm-status");
  var warning = document.getElementById("scorm-identifiers");
  var warningList = document.getElementById("scorm-identifiers-list");
  var confirmButton = document.getElementById("scorm-identifiers-confirm");
  var values = JSON.parse(stateElement.textContent);
  var changed = {};
  var started = false;
  var ended = false;
  var lastError = "0";
  var sending = Promise.resolve();

  var ERRORS = {
    "0": "No error",
    "101": "General exception",
    "103": "Already initialized",
    "112": "Termination before initialization",
    "113": "Termination after termination",
    "122": "Retrieve data before initialization",
    "123": "Retrieve data after termination",
    "132": "Store data before initialization",
    "133": "Store data after termination",
    "142": "Commit before initialization",
    "143": "Commit after termination",
    "201": "General argument error",
    "301": "Not initialized",
    "391": "General commit failure",
  };

  function say(message) {
    if (status && message) {
      status.textContent = message;
    }
  }

  // A batch the server did not keep goes out again with the next one (newer values win).
  function keepForLater(batch) {
    Object.keys(batch).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(changed, key)) {
        changed[key] = batch[key];
      }
    });
  }

  function showIdentifiers(answer) {
    if (!warning) {
      say(answer.error);
      return;
    }
    warningList.textContent = "";
    answer.identifiers.forEach(function (found) {
      var item = document.createElement("li");
      var mark = document.createElement("mark");
      mark.textContent = found.text;
      item.appendChild(document.createTextNode(found.where + ": "));
      item.appendChild(mark);
      item.appendChild(document.createTextNode(" (looks like: " + found.looks_like + ")"));
      warningList.appendChild(item);
    });
    confirmButton.dataset.fingerprint = answer.fingerprint;
    warning.hidden = false;
  }

  function saved(answer) {
    if (warning) {
      warning.hidden = true;
    }
    if (answer.lesson_done) {
      say(frame.dataset.doneMessage);
    }
  }

  function send(confirmed) {
    var batch = changed;
    changed = {};
    if (Object.keys(batch).length === 0) {
      return sending;
    }
    var body = { values: batch };
    if (confirmed) {
      body.identifiers_confirmed = confirmed;
    }
    sending = sending.then(function () {
      return fetch(frame.dataset.runtimeUrl, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,
        headers: { "Content-Type": "application/json", "X-CSRFToken": frame.dataset.csrfToken },
        body: JSON.stringify(body),
      })
        .then(function (response) {
          return response.json().then(
            function (answer) { return { ok: response.ok, status: response.status, answer: answer }; },
            function () { return { ok: false, status: response.status, answer: {} }; }
          );
        })
        .then(function (reply) {
          if (reply.ok) {
            saved(reply.answer);
          } else if (reply.answer.identifiers) {
            keepForLater(batch);
            showIdentifiers(reply.answer);
          } else {
            if (reply.status >= 500) {
              keepForLater(batch);
            }
            say(frame.dataset.errorMessage);
          }
        })
        .catch(function () {
          keepForLater(batch);
          say(frame.dataset.errorMessage);
        });
    });
    return sending;
  }

  if (confirmButton) {
    confirmButton.addEventListener("click", function () {
      send(confirmButton.dataset.fingerprint);
    });
  }

  function fail(code) {
    lastError = code;
    return "false";
  }

  function begin() {
    if (started) {
      return fail(ended ? "104" : "103");
    }
    started = true;
    lastError = "0";
    return "true";
  }

  function end() {
    if (!started) {
      return fail("112");
    }
    if (ended) {
      return fail("113");
    }
    send();
    ended = true;
    lastError = "0";
    return "true";
  }

  function getValue(element) {
    if (!started || ended) {
      lastError = ended ? "123" : "122";
      return "";
    }
    lastError = "0";
    var value = values[String(element)];
    return value === undefined ? "" : value;
  }

  function setValue(element, value) {
    if (!started || ended) {
      return fail(ended ? "133" : "132");
    }
    element = String(element);
    if (element.indexOf("cmi.") !== 0 && element.indexOf("adl.") !== 0) {
      return fail("201");
    }
    values[element] = String(value);
    changed[element] = String(value);
    lastError = "0";
    return "true";
  }

  function commit() {
    if (!started || ended) {
      return fail(ended ? "143" : "142");
    }
    send();
    lastError = "0";
    return "true";
  }

  function errorString(code) {
    return ERRORS[String(code)] || "";
  }

  window.API = {
    LMSInitialize: begin,
    LMSFinish: end,
    LMSGetValue: getValue,
    LMSSetValue: setValue,
    LMSCommit: commit,
    LMSGetLastError: function () { return lastError; },
    LMSGetErrorString: errorString,
    LMSGetDiagnostic: errorString,
  };
  window.API_1484_11 = {
    Initialize: begin,
    Terminate: end,
    GetValue: getValue,
    SetValue: setValue,
    Commit: commit,
    GetLastError: function () { return lastError; },
    GetErrorString: errorString,
    GetDiagnostic: errorString,
  };

  // The package loads only now, so the API is there when it looks for it.
  frame.src = frame.dataset.src;

  window.addEventListener("pagehide", function () {
    if (started && !ended) {
      send();
    }
  });
})();
