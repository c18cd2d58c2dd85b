extension ServePage {
    /// Sized for an office PC's 1366×768 screen: the text and its findings side by side.
    static let style = """
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #222; background: #f4f5f7; }
    header { background: #1d4e89; color: #fff; padding: 10px 24px; display: flex; align-items: baseline; gap: 24px; flex-wrap: wrap; }
    header h1 { margin: 0; font-size: 20px; }
    .privacy { margin: 0; font-size: 13px; opacity: .9; }
    main { max-width: 1320px; margin: 0 auto; padding: 16px 24px 40px; }
    #drop { display: block; border: 2px dashed #8aa4c8; border-radius: 8px; background: #fff; padding: 56px 18px; text-align: center; cursor: pointer; }
    #about { background: #fff; border-radius: 6px; padding: 6px 20px 10px; margin-top: 16px; color: #333; }
    #about h2 { font-size: 16px; margin: 8px 0 4px; }
    #about ul { margin: 0; padding-left: 1.4em; }
    #input.compact #about { display: none; }
    #drop.over { background: #e8f0fb; border-color: #1d4e89; }
    #drop .big { display: block; font-size: 20px; }
    #drop .small { display: block; color: #666; font-size: 13px; }
    #input.compact #drop { padding: 6px; }
    #input.compact #drop .big { font-size: 15px; }
    #input.compact #drop .small { display: none; }
    #doc-elements { margin: 2px 0 0; }
    #doc-elements a { color: #1d4e89; }
    #drop input { position: absolute; left: -9999px; }
    #paste { margin-top: 8px; }
    #paste summary { cursor: pointer; color: #1d4e89; }
    #paste textarea { width: 100%; font: inherit; margin: 6px 0; }
    button { font: inherit; padding: 5px 14px; border: 1px solid #1d4e89; border-radius: 4px; background: #1d4e89; color: #fff; cursor: pointer; }
    button:hover { background: #163d6c; }
    #status { margin: 8px 0 0; }
    #status:empty { display: none; }
    #status.error { background: #fdecea; border: 1px solid #e0a09a; color: #8a1c12; padding: 8px 12px; border-radius: 4px; }
    #summary { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; background: #fff; padding: 10px 16px; border-radius: 6px; margin-top: 8px; }
    #summary h2 { margin: 0; font-size: 18px; }
    #doc-meta { margin: 2px 0 0; color: #444; }
    .count-error { color: #b3261e; font-weight: bold; }
    .count-warning { color: #9a5b00; font-weight: bold; }
    .count-info { color: #355f8a; }
    h3 { margin: 16px 0 6px; font-size: 16px; }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { border: 1px solid #d6dae0; padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #eef1f5; font-weight: normal; color: #444; }
    td.status { white-space: nowrap; }
    tr.met td.status { color: #1e6b2f; }
    tr.missing td.status { color: #b3261e; font-weight: bold; }
    tr.not-applicable td.status { color: #777; }
    .evidence { color: #1d4e89; cursor: pointer; text-decoration: underline dotted; }
    #review { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
    #text { background: #fff; border: 1px solid #d6dae0; border-radius: 6px; padding: 8px 0; max-height: 78vh; overflow: auto; }
    .line { display: grid; grid-template-columns: 3.5em 1fr; padding: 1px 12px 1px 0; }
    .line .no { color: #999; text-align: right; padding-right: 10px; font-size: 12px; user-select: none; }
    .line .words { white-space: pre-wrap; word-break: break-all; }
    .line.flash { background: #fff3b0; }
    mark { background: #fff0c2; border-bottom: 2px solid #d89a00; cursor: pointer; padding: 0 1px; }
    mark.error { background: #fde2df; border-bottom-color: #b3261e; }
    mark.info { background: #e4eef9; border-bottom-color: #5b86b5; }
    mark.current { outline: 2px solid #1d4e89; }
    #findings-pane { position: sticky; top: 8px; }
    #findings { list-style: none; margin: 0; padding: 0; max-height: 78vh; overflow: auto; }
    #findings li { background: #fff; border: 1px solid #d6dae0; border-left: 4px solid #d89a00; border-radius: 4px; padding: 6px 10px; margin-bottom: 6px; cursor: pointer; }
    #findings li.error { border-left-color: #b3261e; }
    #findings li.info { border-left-color: #5b86b5; }
    #findings li.current { box-shadow: 0 0 0 2px #1d4e89; }
    #findings li.whole { cursor: default; }
    .sev { font-size: 12px; padding: 0 6px; border-radius: 3px; color: #fff; background: #d89a00; margin-right: 6px; }
    li.error .sev { background: #b3261e; }
    li.info .sev { background: #5b86b5; }
    .where { color: #666; font-size: 13px; margin-left: 6px; }
    .msg { font-weight: bold; }
    .hint { color: #444; font-size: 14px; margin-top: 2px; }
    .none { color: #1e6b2f; }
    """
}
