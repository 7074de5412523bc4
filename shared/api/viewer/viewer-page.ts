/**
 * The viewer's HTML shell. It holds no data: the script fills it in from the JSON routes with
 * textContent only, so no article text is ever parsed as HTML. Script and styles are separate
 * routes so that the Content-Security-Policy can refuse every inline script and style.
 */
export const VIEWER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>précis</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/viewer.css">
<script src="/viewer.js" defer></script>
</head>
<body>
<header class="masthead"><a class="brand" href="/">précis</a><span class="tagline">who said what</span></header>
<main id="app" aria-live="polite"><p class="muted">Loading…</p></main>
</body>
</html>
`;

/** Only our own script, styles and API: an injected inline script or handler would not run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const VIEWER_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};
