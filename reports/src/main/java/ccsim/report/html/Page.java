package ccsim.report.html;

import ccsim.report.TerminalTable;

/** The frame every ccsim page shares: its style, its header and its footer, nothing fetched. */
final class Page {
    static final String STYLE = """
            body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
            header{background:#1d3557;color:#fff;padding:24px 40px}
            header h1{margin:0 0 6px 0;font-size:26px}
            header p{margin:0;max-width:1000px;opacity:.9}
            main{padding:8px 40px 40px 40px;max-width:1200px}
            section{background:#fff;border-radius:6px;padding:16px 24px;margin:20px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            h2{font-size:18px;margin:4px 0 12px 0;color:#1d3557}
            table{border-collapse:collapse;font-size:14px}
            th,td{padding:5px 12px;border-bottom:1px solid #e3e7ec;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .n{white-space:nowrap}
            th{background:#eef2f6}
            .ok{color:#1b7a3a;font-weight:600}.off{color:#b3261e;font-weight:600}.undecided{color:#a05a00;font-weight:600}
            .note{color:#5a6b7b;font-size:13px}
            figure{margin:16px 0}figcaption{font-size:13px;color:#5a6b7b}
            td.sig{background:#fff3cd;font-weight:600}
            td.differs{background:#e8f1fb}
            .empty{padding:12px;background:#f7f9fb;border:1px dashed #c6d0da;color:#5a6b7b}
            svg{max-width:100%;height:auto}
            table{max-width:100%}
            th,td{overflow-wrap:anywhere}
            @media (max-width:1000px){main{padding:8px 16px 24px 16px}section{padding:12px 14px}th,td{padding:4px 6px}}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:0 20px}
            .ladder{overflow:auto;max-height:85vh;border:1px solid #e3e7ec}
            .ladder .lifelines{position:sticky;top:0;z-index:1}
            .ladder svg{max-width:none;display:block}
            details.messages{margin-top:8px;font-size:13px}
            details.messages pre{white-space:pre-wrap;word-break:break-all;background:#f7f9fb;padding:8px;font-size:12px}
            @media print{
            body{background:#fff}
            header{background:#fff;color:#1d2733;padding:0 0 8px 0;border-bottom:2px solid #1d3557}
            main{padding:0;max-width:none}
            section{box-shadow:none;padding:0;margin:14px 0}
            figure,tr{break-inside:avoid}
            .ladder{overflow:visible;max-height:none;border:none}
            .ladder .lifelines,details.messages{display:none}
            .ladder svg.ladder-svg{min-width:0 !important;width:100% !important}
            table{font-size:11px}th,td{padding:3px 6px}
            }
            """;

    private Page() {
    }

    /** The page's start up to its {@code <main>}: the title bar with {@code heading} and {@code description}. */
    static String open(String heading, String description) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>ccsim — " + esc(heading) + "</title><style>" + STYLE + "</style></head><body>\n"
                + "<header><h1>" + esc(heading) + "</h1><p>" + esc(description) + "</p></header>\n<main>\n";
    }

    /** The page's end, after a last note. */
    static String close(String note) {
        return "<p class=\"note\">" + esc(note) + "</p>\n</main></body></html>\n";
    }

    /**
     * "mean ± half-width" for a table cell ({@code signed}: a difference, "+" before a gain). A cell too
     * narrow for it breaks at the "±" only, never inside a number such as 0.0009422. A half-width below a
     * billionth of the mean is noise, and the mean stands alone.
     */
    static String estimate(double mean, double halfWidth, boolean signed) {
        if (halfWidth < 1e-9 * Math.abs(mean)) {
            // every replication gave the same value up to floating-point noise: a "± 4e-15" would be read as data
            return "<span class=\"n\">" + (signed && mean > 0 ? "+" : "") + TerminalTable.number(mean) + "</span>";
        }
        return "<span class=\"n\">" + (signed && mean > 0 ? "+" : "") + TerminalTable.number(mean)
                + "</span> ± <span class=\"n\">" + TerminalTable.number(halfWidth) + "</span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
