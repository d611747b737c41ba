// Small browser helpers the portal calls through JS interop. Served from our own origin so the
// Content-Security-Policy can stay at script-src 'self'.
window.portal = {
  rememberTheme: function (mode) {
    document.cookie = "portal.theme=" + encodeURIComponent(mode) + "; path=/; max-age=31536000; samesite=strict";
  }
};
