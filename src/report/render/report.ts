/** A report in one of its four formats (the CLI's --format, the action's attached reports). */
import type { Report } from '../types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type ReportFormat = 'text' | 'json' | 'md' | 'html';

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'md': return renderMarkdown(report);
    case 'html': return renderHtml(report);
    case 'text': return renderText(report);
  }
}
