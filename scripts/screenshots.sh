#!/usr/bin/env bash
# Regenerates docs/screenshots/: every page type, in zh and en, at 375×667 in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
SCREENSHOTS_DIR=docs/screenshots dotnet test tests/Browser.Tests --filter "FullyQualifiedName~ScreenshotTests|FullyQualifiedName~PreviewBrowserTests"
ls docs/screenshots
