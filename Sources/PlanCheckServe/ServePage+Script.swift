extension ServePage {
    /// The page's behaviour: send the file or the pasted text, then draw the answer. Document
    /// text is only ever put in the page as text (`textContent`), never as markup. The file's
    /// bytes stay in this page's memory for the audit download and go when another is chosen.
    static let script = #"""
    "use strict";
    const $ = (id) => document.getElementById(id);
    let current = null; // { name, body } of the document shown

    function element(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined && text !== null) node.textContent = text;
      return node;
    }

    function say(message, isError) {
      const status = $("status");
      status.textContent = message;
      status.className = isError ? "error" : "";
    }

    async function post(path, name, body) {
      return fetch(path + "?name=" + encodeURIComponent(name), { method: "POST", body: body });
    }

    async function check(name, body) {
      current = { name: name, body: body };
      const reviewed = $("download-reviewed");
      if (reviewed) reviewed.hidden = !/\.(docx|odt)$/i.test(name);
      $("result").hidden = true;
      say("正在检查「" + name + "」……", false);
      let response;
      try {
        response = await post("/api/check", name, body);
      } catch (error) {
        say("无法连接检查程序：请确认 plancheck-serve 仍在运行，然后重试。", true);
        return;
      }
      let answer;
      try {
        answer = await response.json();
      } catch (error) {
        say("检查程序的回答无法读取（状态 " + response.status + "），请重试。", true);
        return;
      }
      if (!response.ok) {
        current = null;
        say(answer.error || "检查失败，请重试。", true);
        return;
      }
      say("", false);
      show(answer);
    }

    function placeName(answer, line) {
      return "第" + line + (answer.linesAreParagraphs ? "段" : "行");
    }

    function show(answer) {
      const first = answer.pieces[0] || {};
      $("doc-title").textContent = first.title || answer.name;
      const meta = $("doc-meta");
      meta.replaceChildren();
      const facts = [answer.name];
      if (first.kind) facts.push(first.kind);
      if (first.year) facts.push(first.year + "年");
      if (first.issuer) facts.push(first.issuer);
      if (answer.pieces.length > 1) facts.push("合集，共 " + answer.pieces.length + " 篇");
      meta.append(facts.join(" · ") + "　");
      if (answer.errors + answer.warnings + answer.infos === 0) {
        meta.append(element("span", "none", "未发现问题"));
      } else {
        meta.append(element("span", "count-error", answer.errors + " 个错误"), "，",
                    element("span", "count-warning", answer.warnings + " 个警告"), "，",
                    element("span", "count-info", answer.infos + " 个提示"));
      }
      drawElements(answer);
      const marks = drawText(answer);
      drawFindings(answer, marks);
      // Once a document is shown, the drop zone shrinks to one line so the findings come first.
      $("input").classList.add("compact");
      $("drop-text").replaceChildren("换一份文件：拖到这里，或", element("u", null, "点击选择文件"));
      $("result").hidden = false;
    }

    const statusOrder = { "missing": 0, "met": 1, "not-applicable": 2 };

    function drawElements(answer) {
      const body = $("elements").tBodies[0];
      body.replaceChildren();
      const count = { "met": 0, "missing": 0, "not-applicable": 0 };
      for (const piece of answer.pieces) {
        // What is missing is what the author must act on: those rows first.
        const rows = piece.elements.slice().sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
        for (const item of rows) {
          count[item.status] = (count[item.status] || 0) + 1;
          const row = element("tr", item.status);
          const title = answer.pieces.length > 1 ? "篇" + piece.piece + " " + item.title : item.title;
          row.append(element("td", null, title));
          const status = { "met": "✓ 已写到", "missing": "✗ 缺少", "not-applicable": "— 不适用" }[item.status] || item.status;
          row.append(element("td", "status", status));
          const detail = element("td");
          if (item.status === "met") {
            item.evidence.forEach((found, index) => {
              if (index > 0) detail.append("；");
              const link = element("span", "evidence", "「" + found.text + "」" + placeName(answer, found.line));
              link.title = "点击查看原文";
              link.addEventListener("click", () => showLine(found.line));
              detail.append(link);
            });
            if (item.target) detail.append("　可考核：" + item.target);
          } else if (item.status === "missing") {
            detail.textContent = item.hint || item.message || "";
          } else {
            detail.textContent = item.reason || "";
          }
          row.append(detail);
          body.append(row);
        }
      }
      const line = $("doc-elements");
      line.replaceChildren();
      if (body.rows.length) {
        const link = element("a", null, "必备要素：缺少 " + count["missing"] + " 项，已写到 " + count["met"] + " 项" +
                             (count["not-applicable"] ? "，不适用 " + count["not-applicable"] + " 项" : "") + "（见下方表格）");
        link.href = "#elements-heading";
        line.append(link);
      }
      $("elements-heading").textContent = "必备要素" + (count["missing"] ? "（缺少 " + count["missing"] + " 项）" : "");
      if (!body.rows.length) {
        const row = element("tr");
        const cell = element("td", null, "此文档不是卫生健康工作计划，不要求必备要素。");
        cell.colSpan = 3;
        row.append(cell);
        body.append(row);
      }
    }

    const rank = { "error": 3, "warning": 2, "info": 1 };

    // The text line by line, each finding's words in a <mark>; returns the first mark of each
    // finding by its index in answer.findings.
    function drawText(answer) {
      const pane = $("text");
      pane.replaceChildren();
      const text = answer.text;
      const placed = answer.findings.map((f, i) => ({ f: f, i: i })).filter((x) => x.f.start !== null && x.f.start !== undefined && x.f.end > x.f.start);
      const marks = {};
      const starts = answer.lineStarts.length ? answer.lineStarts : [0];
      for (let n = 0; n < starts.length; n++) {
        const from = starts[n];
        let to = n + 1 < starts.length ? starts[n + 1] : text.length;
        while (to > from && (text[to - 1] === "\n" || text[to - 1] === "\r")) to--;
        const line = element("div", "line");
        line.id = "line-" + (n + 1);
        line.append(element("span", "no", String(n + 1)));
        const words = element("span", "words");
        const inside = placed.filter((x) => x.f.start < to && x.f.end > from);
        const cuts = new Set([from, to]);
        for (const x of inside) { cuts.add(Math.max(from, x.f.start)); cuts.add(Math.min(to, x.f.end)); }
        const points = [...cuts].sort((a, b) => a - b);
        for (let k = 0; k + 1 < points.length; k++) {
          const a = points[k], b = points[k + 1];
          const piece = text.slice(a, b);
          const covering = inside.filter((x) => x.f.start <= a && x.f.end >= b);
          if (!covering.length) { words.append(piece); continue; }
          covering.sort((x, y) => rank[y.f.severity] - rank[x.f.severity]);
          const mark = element("mark", covering[0].f.severity, piece);
          mark.title = covering.map((x) => x.f.label + "：" + x.f.message).join("\n");
          mark.dataset.findings = covering.map((x) => x.i).join(" ");
          mark.addEventListener("click", () => select(covering[0].i, true));
          for (const x of covering) if (!(x.i in marks)) marks[x.i] = mark;
          words.append(mark);
        }
        line.append(words);
        pane.append(line);
      }
      return marks;
    }

    function drawFindings(answer, marks) {
      const list = $("findings");
      list.replaceChildren();
      $("findings-heading").textContent = "问题（" + answer.findings.length + "）";
      answer.findings.forEach((f, i) => {
        const item = element("li", f.severity);
        item.id = "finding-" + i;
        const head = element("div");
        head.append(element("span", "sev", f.label), element("span", "msg", f.message));
        if (f.line) head.append(element("span", "where", placeName(answer, f.line)));
        else head.append(element("span", "where", "全文"));
        item.append(head);
        if (f.hint) item.append(element("div", "hint", "建议：" + f.hint));
        if (i in marks) {
          // Reachable by keyboard too: Tab to a finding, Enter to see its words.
          item.tabIndex = 0;
          item.addEventListener("click", () => select(i, false));
          item.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(i, false); } });
        } else {
          item.classList.add("whole");
        }
        list.append(item);
      });
      if (!answer.findings.length) list.append(element("li", "none", "未发现问题。"));
      window.planMarks = marks;
    }

    // A click on a finding scrolls the text to its words; a click on words shows their finding.
    function select(index, fromText) {
      document.querySelectorAll(".current").forEach((node) => node.classList.remove("current"));
      const mark = window.planMarks[index];
      const item = $("finding-" + index);
      if (mark) {
        mark.classList.add("current");
        if (!fromText) mark.scrollIntoView({ block: "center", behavior: "smooth" });
      }
      if (item) {
        item.classList.add("current");
        if (fromText) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
    }

    function showLine(number) {
      const line = $("line-" + number);
      if (!line) return;
      line.scrollIntoView({ block: "center", behavior: "smooth" });
      line.classList.add("flash");
      setTimeout(() => line.classList.remove("flash"), 1500);
    }

    async function downloadAudit() {
      if (!current) return;
      say("正在生成审核报告……", false);
      let response;
      try {
        response = await post("/api/audit", current.name, current.body);
      } catch (error) {
        say("无法连接检查程序：请确认 plancheck-serve 仍在运行，然后重试。", true);
        return;
      }
      if (!response.ok) {
        const answer = await response.json().catch(() => ({}));
        say(answer.error || "生成审核报告失败，请重试。", true);
        return;
      }
      const blob = await response.blob();
      const link = element("a");
      link.href = URL.createObjectURL(blob);
      link.download = "审核报告-" + current.name.replace(/\.[^.]*$/, "") + ".html";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      say("", false);
    }

    // The reviewed document: the author's own .docx or .odt with a comment (批注) on the words
    // of each finding. Shown only for those two kinds, the ones comments can be written into.
    function reviewedDocxButton() {
      const button = element("button");
      button.id = "download-reviewed";
      button.type = "button";
      button.textContent = "下载带批注的文档";
      button.hidden = true;
      button.addEventListener("click", downloadReviewed);
      return button;
    }

    async function downloadReviewed() {
      if (!current || !/\.(docx|odt)$/i.test(current.name)) return;
      say("正在生成带批注的文档…", false);
      let response;
      try {
        response = await post("/api/annotate", current.name, current.body);
      } catch (error) {
        say("无法连接检查程序：请确认 plancheck-serve 仍在运行，然后重试。", true);
        return;
      }
      if (!response.ok) {
        const answer = await response.json().catch(() => ({}));
        say(answer.error || "生成带批注的文档失败，请重试。", true);
        return;
      }
      const blob = await response.blob();
      const link = element("a");
      link.href = URL.createObjectURL(blob);
      link.download = current.name.replace(/\.([^.]*)$/, ".审阅.$1");
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      say("", false);
    }

    function pick(file) {
      if (!file) return;
      file.arrayBuffer().then((bytes) => check(file.name, bytes), () => say("无法读取所选文件，请重新选择。", true));
    }

    document.addEventListener("DOMContentLoaded", () => {
      const drop = $("drop");
      $("file").addEventListener("change", (event) => { pick(event.target.files[0]); event.target.value = ""; });
      // A file dropped anywhere on the page is checked: the browser would otherwise open it in
      // place of the page.
      document.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
      document.addEventListener("dragleave", (event) => { if (!event.relatedTarget) drop.classList.remove("over"); });
      document.addEventListener("drop", (event) => {
        event.preventDefault();
        drop.classList.remove("over");
        pick(event.dataTransfer.files[0]);
      });
      $("check-pasted").addEventListener("click", () => {
        const text = $("pasted").value;
        if (!text.trim()) { say("请先粘贴要检查的文字。", true); return; }
        check("粘贴的文本.txt", new TextEncoder().encode(text));
      });
      $("download-audit").addEventListener("click", downloadAudit);
      const hook = reviewedDocxButton();
      if (hook) $("actions").append(hook);
      fetch("/api/limits").then((r) => r.json()).then((limits) => {
        $("limit").textContent = String(Math.round(limits.maxUploadBytes / 1048576));
      }).catch(() => {});
    });
    """#
}
