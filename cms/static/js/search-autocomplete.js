// Suggestions under the site's search box: people and pages as you type.
// Plain JavaScript, no dependencies; the endpoint is /api/search/autocomplete/.
(function () {
  "use strict";
  var input = document.querySelector("input[data-autocomplete]");
  if (!input) return;
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var timer = null;
  var active = -1;
  var latest = 0;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
  }

  function show(suggestions) {
    list.innerHTML = "";
    suggestions.forEach(function (item, i) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "site-search-option-" + i;
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.title;
      li.appendChild(link);
      if (item.meta) {
        var meta = document.createElement("span");
        meta.className = "site-search__meta";
        meta.textContent = " " + item.meta;
        li.appendChild(meta);
      }
      list.appendChild(li);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    var ticket = ++latest;
    // Suggest in the language of the page being read, as the search page
    // does; the endpoint alone would go by the browser's languages.
    var url = input.dataset.autocomplete + "?q=" + encodeURIComponent(q);
    if (input.dataset.locale) url += "&locale=" + encodeURIComponent(input.dataset.locale);
    fetch(url, {
      headers: { Accept: "application/json" }, credentials: "same-origin"
    })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (ticket === latest) show(data.suggestions || []); })
      .catch(close);
  }

  function move(step) {
    var options = list.querySelectorAll("li");
    if (!options.length) return;
    if (active >= 0) options[active].removeAttribute("aria-selected");
    active = (active + step + options.length) % options.length;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location = list.querySelectorAll("li a")[active].href;
    }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== input) close();
  });
})();
