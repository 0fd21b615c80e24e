// Django's URLify drops an en or em dash, gluing the words on either side ("Russia–North
// Korea" -> "russianorth-korea"). Turn every dash into a hyphen first, as core/slugs.py does.
'use strict';
(function() {
    if (typeof window.URLify !== 'function') {
        return;
    }
    const urlify = window.URLify;
    window.URLify = function(s, numChars, allowUnicode) {
        return urlify(String(s).replace(/[\u2010-\u2015\u2212]/g, '-'), numChars, allowUnicode);
    };
})();
