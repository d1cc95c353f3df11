export { REPORT_SCHEMA_VERSION } from './types.js';
export type { Report, ReportTotals, ReportLayer, ReportIO, ReportOperationType, ReportMemory, ReportBuffer, ReportDiagnostic, ReportOptions } from './types.js';
export { renderText, textChunks } from './render/text.js';
export { jsonChunks, renderJson } from './render/json.js';
export { renderMarkdown, mdEscape } from './render/markdown.js';
export { renderHtml, escapeHtml } from './render/html.js';
export { renderReport, type ReportFormat } from './render/report.js';
