/// The one page an author sees, served by plancheck itself: its markup here, its styles and
/// script in `ServePage+Style.swift` and `ServePage+Script.swift`. Nothing is loaded from the
/// network, so it works on a machine without one and sends a document nowhere.
package enum ServePage {
    static let html = """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>工作计划检查 · plancheck</title>
    <link rel="stylesheet" href="/plancheck.css">
    <script src="/plancheck.js" defer></script>
    </head>
    <body>
    <header>
      <h1>工作计划检查</h1>
      <p class="privacy">文件只在这台电脑上检查，不会发送到任何网站；检查完即丢弃，不保存。</p>
    </header>
    <main>
      <section id="input" aria-label="选择要检查的文件">
        <label id="drop" for="file">
          <span class="big" id="drop-text">把文件拖到这里，或<u>点击选择文件</u></span>
          <span class="small">可检查 .docx、.doc、.wps、.odt、.mht、.txt、.md，最大 <span id="limit">20</span> MB</span>
          <input type="file" id="file" accept=".docx,.doc,.wps,.odt,.mht,.mhtml,.txt,.md">
        </label>
        <details id="paste">
          <summary>或者粘贴文字检查</summary>
          <textarea id="pasted" rows="6" placeholder="把工作计划的文字粘贴到这里"></textarea>
          <button type="button" id="check-pasted">检查粘贴的文字</button>
        </details>
        <p id="status" role="status" aria-live="polite"></p>
        <div id="about">
          <h2>检查什么</h2>
          <ul>
            <li>必备要素是否写到：院感防控、爱国卫生月、除四害（病媒生物防制）、两癌筛查等，按单位类别和计划主题要求；</li>
            <li>计划的工作有没有可考核的数字、比例、频次或时限；</li>
            <li>未填写的模板占位符：20xx年、XX县、x家、***；</li>
            <li>从网站复制带来的杂字：上传人、展开阅读全文、第 6 页 共 6 页；</li>
            <li>过时的名称和提法：卫计委、新农合、已结束的“十三五”；缺了数字的“达到%”。</li>
          </ul>
          <p>问题会在原文中标出，旁边写明原因和修改建议。文件只在这台电脑上检查，检查完即丢弃。</p>
        </div>
      </section>
      <section id="result" hidden>
        <div id="summary">
          <div>
            <h2 id="doc-title"></h2>
            <p id="doc-meta"></p>
            <p id="doc-elements"></p>
          </div>
          <div id="actions">
            <button type="button" id="download-audit">下载审核报告（HTML）</button>
          </div>
        </div>
        <div id="review">
          <div id="text-pane">
            <h3>全文（问题已标出）</h3>
            <div id="text"></div>
          </div>
          <aside id="findings-pane">
            <h3 id="findings-heading">问题</h3>
            <ol id="findings"></ol>
          </aside>
        </div>
        <h3 id="elements-heading">必备要素</h3>
        <table id="elements">
          <thead><tr><th>要素</th><th>结果</th><th>依据或建议</th></tr></thead>
          <tbody></tbody>
        </table>
      </section>
    </main>
    </body>
    </html>
    """
}
