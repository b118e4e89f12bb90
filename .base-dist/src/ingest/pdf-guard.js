/**
 * pdf.js leaves some of its internal promises unhandled when a damaged file makes it give up
 * (a ParserEOFException after the document promise has already rejected). The file is already
 * reported as CORRUPT_PDF by then, so such a late rejection must not bring the process down;
 * any other unhandled rejection still does.
 */
let installed = false;
/** Ignore unhandled rejections raised inside pdf.js; rethrow every other one. */
export function guardPdfJsRejections() {
    if (installed)
        return;
    installed = true;
    process.on('unhandledRejection', (reason) => {
        if (reason instanceof Error && /pdfjs-dist/.test(reason.stack ?? ''))
            return;
        throw reason;
    });
}
//# sourceMappingURL=pdf-guard.js.map