// A small editor for the pages members write in groups. It edits the HTML in
// the form's textarea in place; without JavaScript the textarea stays and
// takes the same HTML. The server cleans whatever arrives (groups.richtext).
(function () {
  "use strict";

  function setUp(editor) {
    var form = editor.closest("form");
    var textarea = form.querySelector("textarea[data-rich-text]");
    var area = editor.querySelector("[contenteditable]");
    if (!textarea || !area) return;

    area.innerHTML = textarea.value;
    editor.hidden = false;
    textarea.closest(".field").hidden = true;

    editor.querySelectorAll("[data-command]").forEach(function (button) {
      button.addEventListener("click", function () {
        var value = button.dataset.value || null;
        if (button.dataset.prompt) {
          value = window.prompt(button.dataset.prompt, "https://");
          if (!value) return;
        }
        area.focus();
        document.execCommand(button.dataset.command, false, value);
      });
    });

    editor.querySelectorAll("select[data-insert]").forEach(function (select) {
      select.addEventListener("change", function () {
        var option = select.selectedOptions[0];
        if (!option || !option.value) return;
        var node;
        if (select.dataset.insert === "document") {
          node = document.createElement("a");
          node.dataset.linktype = "document";
          node.dataset.id = option.value;
          node.href = option.dataset.url;
          node.textContent = option.textContent;
        } else {
          node = document.createElement("img");
          node.dataset.embedtype = "image";
          node.dataset.id = option.value;
          node.dataset.format = "fullwidth";
          node.dataset.alt = option.textContent;
          node.src = option.dataset.url;
          node.alt = option.textContent;
        }
        area.focus();
        var selection = window.getSelection();
        if (selection.rangeCount && area.contains(selection.anchorNode)) {
          selection.getRangeAt(0).insertNode(node);
        } else {
          area.appendChild(node);
        }
        select.value = "";
      });
    });

    form.addEventListener("submit", function () {
      textarea.value = area.innerHTML;
    });
  }

  document.querySelectorAll("[data-editor]").forEach(setUp);
})();
