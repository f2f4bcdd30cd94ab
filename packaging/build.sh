#!/usr/bin/env bash
# Builds dist/DeskCRM/ (a one-folder app) and dist/DeskCRM-<version>-linux-<arch>.tar.gz,
# then proves the build starts: --version and `check` on a fresh demo database, offscreen.
# Slow (a few minutes) and kept out of `make test`. Needs the project's .venv (make test).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.5"
"$VENV/bin/python" packaging/render_icons.py
rm -rf build/pyinstaller dist/DeskCRM
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/deskcrm.spec
version=$("$VENV/bin/python" -c 'import deskcrm; print(deskcrm.__version__)')
tarball="dist/DeskCRM-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" DeskCRM
export QT_QPA_PLATFORM=offscreen
check_db=$(mktemp -d)/check.sqlite3
./dist/DeskCRM/deskcrm --version
./dist/DeskCRM/deskcrm --db "$check_db" demo --contacts 50
./dist/DeskCRM/deskcrm --db "$check_db" check
./dist/DeskCRM/deskcrm --db "$check_db" report sales -o "${check_db%.sqlite3}.pdf"
du -sh dist/DeskCRM "$tarball"
