#!/usr/bin/env bash
# Runs plancheck's text report on a small plan full of East Asian Ambiguous characters
# (“健康清河” — … ·) inside tmux at 80 and 120 columns and saves what the pane shows, so one can
# see whether the carets sit under the matched words in a real terminal rather than in the
# reporter's own arithmetic. tmux draws ambiguous characters one cell wide, as GNOME Terminal,
# macOS Terminal, Windows Terminal and VS Code do. Installs tmux from Debian's packages if missing.
#
# Usage: scripts/tmux-carets.sh [EXTRA PLANCHECK FLAGS…]
#   writes reports/carets-80.txt and reports/carets-120.txt
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v tmux >/dev/null; then
    echo "tmux-carets: installing tmux from Debian's packages" >&2
    sudo=""
    if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq tmux >/dev/null
fi

(cd "$root" && swift build --product plancheck >/dev/null 2>&1)
binary="$(cd "$root" && swift build --show-bin-path 2>/dev/null)/plancheck"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/carets.txt" <<'PLAN'
清河县卫生健康局20xx年工作计划
一、开展“健康清河”行动，落实XX镇爱国卫生月活动。
二、巩固“十三五”期间成果——配合卫计委·疾控中心开展除四害，病媒密度控制率达到%。
三、推进“健康清河”建设，完善基层医疗卫生服务体系，加强院感防控、两癌筛查和家庭医生签约服务，做实做细基本公共卫生服务项目……落实某某社区卫生服务中心的慢性病管理任务，力争签约率达到%，群众满意度持续提升。
PLAN

for columns in 80 120; do
    socket="plancheck-carets-$$-$columns"
    # A private server (-L), so no one's tmux session is touched; -u: the pane speaks UTF-8.
    tmux -L "$socket" -u new-session -d -s carets -x "$columns" -y 50 \
        "cd '$work' && LANG=C.UTF-8 '$binary' check carets.txt --no-config --color never $*; tmux -L '$socket' wait-for -S finished; sleep 60"
    tmux -L "$socket" wait-for finished
    tmux -L "$socket" capture-pane -p -t carets -S - -E - | sed -e 's/[[:space:]]*$//' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' \
        > "$root/reports/carets-$columns.txt"
    tmux -L "$socket" kill-server 2>/dev/null || true
    echo "reports/carets-$columns.txt"
done

# Where each caret points, measured as the pane draws text (East Asian Wide and Fullwidth two
# cells, Ambiguous one): the words printed here should be the matched ones.
python3 - "$root/reports/carets-80.txt" "$root/reports/carets-120.txt" <<'CHECK'
import sys, unicodedata
def cells(c):
    if unicodedata.combining(c): return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1
for name in sys.argv[1:]:
    lines = open(name, encoding="utf-8").read().split("\n")
    for number, line in enumerate(lines):
        if not line.strip().startswith("^"): continue
        column, source, used = line.index("^"), lines[number - 1], 0
        for index, character in enumerate(source):
            if used >= column: break
            used += cells(character)
        else:
            index = len(source)
        under = source[index:index + line.count("~") // 2 + 1] if used == column else "(between cells)"
        print(f"{name.rsplit('/', 1)[-1]}:{number + 1}: caret under {under}")
CHECK
