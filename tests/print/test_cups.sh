#!/bin/sh
# Prints the monthly report through a real CUPS queue: starts a private cupsd (its own folders and
# socket under a temporary folder, nothing of the system's printing touched), adds a CUPS-PDF
# queue, runs test_cupsprint against it, stops the scheduler. Needs root (CUPS runs the CUPS-PDF
# backend as root) and the packages cups and printer-driver-cups-pdf (.ci/install-deps); skipped
# (77) without them. Usage: test_cups.sh TEST_BINARY
set -eu
binary=$1
if [ "$(id -u)" -ne 0 ] || [ ! -x /usr/sbin/cupsd ] || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
    echo "skipped: needs root, cups and printer-driver-cups-pdf"
    exit 77
fi
dir=$(mktemp -d /tmp/zongheng-cups-XXXXXX)
mkdir -p "$dir/etc/ppd" "$dir/etc/ssl" "$dir/spool" "$dir/tmp" "$dir/cache" "$dir/state" "$dir/log"
chmod 755 "$dir" "$dir/etc" "$dir/spool" "$dir/cache" "$dir/state" # the filters run as lp
chmod 1777 "$dir/tmp"
cat >"$dir/etc/cups-files.conf" <<CONF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/tmp
CacheDir $dir/cache
StateDir $dir/state
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
Sandboxing Relaxed
CONF
cat >"$dir/etc/cupsd.conf" <<CONF
Listen $dir/cups.sock
LogLevel info
Browsing No
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
CONF
/usr/sbin/cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" >"$dir/log/cupsd.out" 2>&1 &
scheduler=$!
cleanup() {
    kill "$scheduler" 2>/dev/null || true
    wait "$scheduler" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
export CUPS_SERVER="$dir/cups.sock"
# lpstat -r says "scheduler is not running" and still exits 0: wait for "is running" (a busy
# machine takes a while to start the scheduler).
for i in $(seq 1 150); do
    lpstat -r 2>/dev/null | grep -q "scheduler is running" && break
    sleep 0.2
done
if ! lpstat -r 2>/dev/null | grep -q "scheduler is running"; then
    echo "the private cupsd did not start within 30 s:"
    cat "$dir/log/cupsd.out" "$dir/log/error_log" 2>/dev/null | tail -20
    exit 1
fi
lpadmin -p zongheng-test -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>&1 | grep -v deprecated || true
lpstat -p zongheng-test
# CUPS-PDF writes a job of root's into root's home (cups-pdf.conf: Out ${HOME}/PDF).
export ZONGHENG_TEST_PRINTER=zongheng-test ZONGHENG_TEST_PRINTER_OUT="$(getent passwd root | cut -d: -f6)/PDF"
if ! "$binary"; then
    tail -20 "$dir/log/error_log"
    exit 1
fi
