// Small browser helpers the portal calls through JS interop. Served from our own origin so the
// Content-Security-Policy can stay at script-src 'self'.
window.portal = {
  rememberTheme: function (mode) {
    document.cookie = "portal.theme=" + encodeURIComponent(mode) + "; path=/; max-age=31536000; samesite=strict";
  },
  // The operating system's choice, for people who have not chosen a theme in the portal.
  prefersDarkMode: function () {
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
};

// "Skip to content" moves keyboard focus to the page itself. Handled here rather than by following the
// link, which the router would treat as a navigation to the site root.
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element ? event.target.closest(".skip-link") : null;
  var main = link ? document.getElementById("main-content") : null;
  if (main) {
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }
});
