/**
 * Renders a {@link PlaygroundResult} in a locale: the parse issues with their paths, or the report
 * (summary, coverage line, aggregates, findings with their messages and the cells they cite, and
 * every rule's outcome).
 */
import { type Amount, formatAmount, type Locale, type SourceCell } from "yusuan";
import {
  type CheckReport,
  type Coverage,
  type Finding,
  formatCoverage,
  type MessageLabels,
  messageLabels,
  RULES,
  renderFinding,
  type Severity,
} from "yusuan/check";
import { formatSchemaIssue, type SchemaIssue } from "yusuan/json";
import type { Template } from "yusuan/templates";
import type { AggregateLine } from "./aggregates";
import { type Child, h } from "./dom";
import { disclosureTitle, type PlaygroundResult } from "./model";
import { t } from "./text";

/** Where the rule reference is, when the page links to it. */
export interface ViewLinks {
  readonly rules?: string;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const show = (a: Amount) => `${formatAmount(a, { grouping: true })} ${a.unit}`;

function issuesView(issues: readonly SchemaIssue[], locale: Locale): HTMLElement {
  return h(
    "div",
    { class: "pg-issues" },
    h("p", {}, h("strong", {}, t("issues", locale))),
    h(
      "ul",
      {},
      issues.map((issue) =>
        h(
          "li",
          { "data-code": issue.code, "data-path": JSON.stringify(issue.path) },
          h("code", {}, formatSchemaIssue(issue, locale)),
        ),
      ),
    ),
  );
}

/**
 * A row id as readers see it: a line by its printed label, the total row by name, a code row by
 * its codes (`org:116001/functional:2013101` → `116001/2013101`).
 */
function rowText(row: string, table: string, template: Template, locale: Locale): string {
  if (row === "total") return t("totalRow", locale);
  if (row === "single") return "";
  if (row.startsWith("line:")) {
    const id = row.slice(5);
    const kind = template.tables.find((k) => k.id === table);
    return kind?.lines?.find((l) => l.id === id)?.labels[0] ?? row;
  }
  return row
    .split("/")
    .map((part) => part.slice(part.indexOf(":") + 1))
    .join("/");
}

function columnText(source: SourceCell, template: Template): string {
  const kind = template.tables.find((k) => k.id === source.table);
  return kind?.columns.find((c) => c.key === source.column)?.headers[0] ?? source.column;
}

/** The cells a finding cites: its path first, then every source of its evidence, once each. */
function citedCells(finding: Finding): { readonly cell: SourceCell; readonly primary: boolean }[] {
  const seen = new Set<string>();
  const cells: { cell: SourceCell; primary: boolean }[] = [];
  const add = (cell: SourceCell, primary: boolean) => {
    const id = `${cell.table}\u0000${cell.row}\u0000${cell.column}`;
    if (seen.has(id)) return;
    seen.add(id);
    cells.push({ cell, primary });
  };
  if (finding.path !== undefined) add(finding.path, true);
  for (const e of finding.evidence) for (const s of e.sources) add(s, false);
  return cells;
}

function cellsTable(
  finding: Finding,
  labels: MessageLabels,
  template: Template,
  locale: Locale,
): HTMLElement | null {
  const cells = citedCells(finding);
  if (cells.length === 0) return null;
  return h(
    "div",
    { class: "pg-scroll" },
    h(
      "table",
      { class: "pg-cells" },
      h("caption", {}, t("cited", locale)),
      h(
        "tr",
        {},
        h("th", {}, t("table", locale)),
        h("th", {}, t("row", locale)),
        h("th", {}, t("column", locale)),
        h("th", {}, t("raw", locale)),
      ),
      cells.map(({ cell, primary }) =>
        h(
          "tr",
          {
            class: primary ? "pg-primary" : undefined,
            "data-table": cell.table,
            "data-row": cell.row,
            "data-column": cell.column,
          },
          h("td", {}, labels.table(cell.table)[locale]),
          h("td", { title: cell.row }, rowText(cell.row, cell.table, template, locale)),
          h("td", {}, columnText(cell, template)),
          h(
            "td",
            { class: "pg-num" },
            cell.raw === ""
              ? h("span", { class: "pg-blank" }, t("blank", locale))
              : primary
                ? h("strong", {}, cell.raw)
                : cell.raw,
          ),
        ),
      ),
    ),
  );
}

function findingView(
  finding: Finding,
  template: Template,
  labels: MessageLabels,
  locale: Locale,
  links: ViewLinks,
): HTMLElement {
  const rule = RULES.find((r) => r.id === finding.ruleId);
  const id = h("code", {}, finding.ruleId);
  const numbers =
    finding.expected === undefined
      ? null
      : h(
          "p",
          { class: "pg-numbers" },
          [
            `${t("expected", locale)} ${finding.expected}`,
            `${t("actual", locale)} ${finding.actual ?? "—"}`,
            `${t("difference", locale)} ${finding.difference ?? "—"} ${finding.unit ?? ""}`,
          ].join(" · "),
        );
  return h(
    "li",
    { class: "pg-finding", "data-rule": finding.ruleId, "data-severity": finding.severity },
    h(
      "div",
      {},
      h("span", { class: "pg-badge" }, t(finding.severity, locale)),
      links.rules === undefined ? id : h("a", { href: links.rules }, id),
      " ",
      rule?.title[locale],
    ),
    h("p", { class: "pg-message" }, renderFinding(finding, RULES, locale, template)),
    numbers,
    cellsTable(finding, labels, template, locale),
  );
}

function findingsView(
  report: CheckReport,
  template: Template,
  locale: Locale,
  links: ViewLinks,
): HTMLElement {
  const labels = messageLabels(template);
  const item = (f: Finding) => findingView(f, template, labels, locale, links);
  const serious = report.findings.filter((f) => f.severity !== "info");
  const info = report.findings.filter((f) => f.severity === "info");
  serious.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return h(
    "section",
    { class: "pg-findings-section" },
    h("h3", {}, t("findings", locale)),
    serious.length === 0
      ? h("p", { class: "pg-ok" }, t("noFindings", locale))
      : h("ul", { class: "pg-findings" }, serious.map(item)),
    info.length === 0
      ? null
      : h(
          "details",
          {},
          h("summary", {}, `${info.length} ${t("infoFindings", locale)}`),
          h("ul", { class: "pg-findings" }, info.map(item)),
        ),
  );
}

function outcomesView(report: CheckReport, locale: Locale, links: ViewLinks): HTMLElement {
  return h(
    "details",
    { class: "pg-outcomes" },
    h("summary", {}, t("outcomes", locale)),
    links.rules === undefined
      ? null
      : h("p", {}, h("a", { href: links.rules }, `${t("ruleReference", locale)} →`)),
    h(
      "table",
      {},
      h(
        "tr",
        {},
        h("th", {}, t("rule", locale)),
        h("th", {}, t("severity", locale)),
        h("th", {}, t("outcome", locale)),
        h("th", {}, t("count", locale)),
      ),
      report.outcomes.map((o) =>
        h(
          "tr",
          { "data-rule": o.ruleId, "data-outcome": o.outcome },
          h(
            "td",
            {},
            h("code", {}, o.ruleId),
            " ",
            RULES.find((r) => r.id === o.ruleId)?.title[locale],
          ),
          h("td", {}, t(o.severity, locale)),
          h("td", { class: o.outcome === "fail" ? "pg-bad" : undefined }, t(o.outcome, locale)),
          h("td", { class: "pg-num" }, o.findings),
        ),
      ),
    ),
  );
}

/** The coverage line (`formatCoverage`), and per table what was not understood and why. */
function coverageLine(coverage: Coverage, labels: MessageLabels, locale: Locale): HTMLElement {
  const gaps = coverage.tables
    .filter((x) => x.notUnderstood > 0)
    .map((x) => {
      const why = x.gaps.map((g) => `${g.code} ×${g.cells}`).join("、");
      return `${labels.table(x.table)[locale]}: ${x.notUnderstood} (${why})`;
    });
  return h(
    "p",
    { class: "pg-coverage", "data-not-understood": String(coverage.notUnderstood) },
    formatCoverage(coverage, locale),
    gaps.length === 0
      ? null
      : h("details", {}, h("summary", {}, t("coverageTables", locale)), gaps.join("；")),
  );
}

function aggregatesView(
  lines: readonly AggregateLine[],
  labels: MessageLabels,
  locale: Locale,
): HTMLElement {
  const rows = lines.filter((l) => l.printed !== undefined || l.recomputed !== undefined);
  return h(
    "section",
    {},
    h("h3", {}, t("aggregates", locale)),
    h(
      "div",
      { class: "pg-scroll" },
      h(
        "table",
        { class: "pg-aggregates" },
        h(
          "tr",
          {},
          h("th", {}, ""),
          h("th", {}, t("printed", locale)),
          h("th", {}, t("recomputed", locale)),
          h("th", {}, t("share", locale)),
        ),
        rows.map((l) => {
          const printed = l.printed;
          const again = l.recomputed;
          const mark: Child =
            l.agrees === undefined
              ? null
              : l.agrees
                ? h("span", { class: "pg-ok" }, " ✓")
                : h("span", { class: "pg-bad" }, " ✗");
          return h(
            "tr",
            { "data-aggregate": l.spec.id },
            h("th", {}, l.spec.label[locale]),
            h(
              "td",
              {
                class: "pg-num",
                title: printed === undefined ? undefined : labels.cell(printed.source)[locale],
              },
              printed === undefined
                ? t("notPrinted", locale)
                : [show(printed.value), printed.blank ? ` ${t("blank", locale)}` : null],
            ),
            h(
              "td",
              { class: "pg-num" },
              again === undefined
                ? t("noDerivation", locale)
                : [
                    show(again.value),
                    mark,
                    h("br"),
                    h("small", {}, labels.table(again.table)[locale]),
                  ],
            ),
            h("td", { class: "pg-num" }, l.share === undefined ? "" : `${l.share.percent}%`),
          );
        }),
      ),
    ),
  );
}

function reportView(
  result: Extract<PlaygroundResult, { kind: "report" }>,
  locale: Locale,
  links: ViewLinks,
): HTMLElement {
  const { report, setup, disclosure } = result;
  const labels = messageLabels(setup.template);
  const outcomes = (o: string) => report.outcomes.filter((x) => x.outcome === o).length;
  const severity = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  return h(
    "div",
    {},
    h("h2", {}, t("summary", locale)),
    h(
      "p",
      { class: "pg-summary" },
      h("strong", {}, disclosureTitle(disclosure)[locale]),
      ` · ${setup.label[locale]} · ${report.outcomes.length} ${t("rules", locale)}: `,
      (["pass", "fail", "not-applicable", "insufficient-data"] as const)
        .map((o) => `${t(o, locale)} ${outcomes(o)}`)
        .join(" · "),
    ),
    h(
      "p",
      { class: "pg-counts" },
      SEVERITIES.flatMap((s, i) => [
        i === 0 ? null : " · ",
        h(
          "span",
          { class: s === "error" && severity(s) > 0 ? "pg-bad" : undefined },
          `${t(s, locale)} ${severity(s)}`,
        ),
      ]),
    ),
    result.templateMismatch ? h("p", { class: "pg-note" }, t("templateMismatch", locale)) : null,
    coverageLine(result.report.coverage, labels, locale),
    aggregatesView(result.aggregates, labels, locale),
    findingsView(report, setup.template, locale, links),
    outcomesView(report, locale, links),
  );
}

/** Renders `result` into `output` in `locale`, and states its counts as data attributes. */
export function renderResult(
  output: HTMLElement,
  result: PlaygroundResult,
  locale: Locale,
  links: ViewLinks,
): void {
  const data = output.dataset;
  data.state = result.kind;
  delete data.errors;
  delete data.warnings;
  delete data.infos;
  if (result.kind === "issues") {
    output.replaceChildren(issuesView(result.issues, locale));
    return;
  }
  if (result.kind === "crash") {
    output.replaceChildren(
      h("p", { class: "pg-bad" }, t("crashed", locale)),
      h("pre", {}, result.message),
    );
    return;
  }
  const count = (s: Severity) =>
    String(result.report.findings.filter((f) => f.severity === s).length);
  data.errors = count("error");
  data.warnings = count("warning");
  data.infos = count("info");
  output.replaceChildren(reportView(result, locale, links));
}
