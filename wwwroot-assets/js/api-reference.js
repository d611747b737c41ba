// Starts the API reference on /api/reference. Kept in a file of its own so the page needs no inline script. The
// element is not called "api-reference": Scalar mounts itself, with its defaults, on an element of that id.
(function () {
    const host = document.getElementById('portal-api-reference');
    Scalar.createApiReference(host, {
        url: host.dataset.openapi,
        // Fonts would come from Scalar's CDN, which the portal's Content-Security-Policy does not allow.
        withDefaultFonts: false,
        telemetry: false,
        // Scalar's hosted extras (AI chat, SDK generation, deploying) would send our API description away.
        showDeveloperTools: 'never',
        agent: { disabled: true },
        mcp: { disabled: true },
        hideClientButton: true,
        operationTitleSource: 'path',
        authentication: { preferredSecurityScheme: 'ApiKey' },
    });
})();
