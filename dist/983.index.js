export const id = 983;
export const ids = [983];
export const modules = {

/***/ 88983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inlineAnalyzer: () => (/* binding */ inlineAnalyzer)
/* harmony export */ });
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66748);
/* harmony import */ var _blobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70126);
/**
 * The inline analyzer (tests, and callers without workers): jobs run one by one on the calling
 * thread, their blobs spooled as the pool spools them. Kept apart from the pool, so a thread that
 * only schedules (diff's main thread) never loads the analysis.
 */


function inlineAnalyzer() {
    return {
        async analyze(jobs) {
            const blobs = new _blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .Blobs */ .B(jobs);
            const out = [];
            try {
                for (const j of jobs) {
                    const filled = await blobs.fill(j);
                    out.push((0,_blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .isOutcome */ .L)(filled) ? filled : await (0,_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runJob */ .b)(filled));
                    blobs.release(j);
                }
            }
            finally {
                blobs.close();
            }
            return out;
        },
    };
}


/***/ })

};
