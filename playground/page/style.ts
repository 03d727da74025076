/** The playground's styles, in the typedoc theme's colours (its CSS variables). */
export const STYLE = `
#yusuan-playground { --pg-border: var(--color-accent, #ccc); margin: 1rem 0; }
#yusuan-playground form { display: grid; gap: .75rem; margin-bottom: 1rem; }
#yusuan-playground .pg-row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
#yusuan-playground fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .75rem; }
#yusuan-playground select, #yusuan-playground textarea, #yusuan-playground button {
  font: inherit; color: var(--color-text, inherit);
  background: var(--color-background-secondary, #fff); border: 1px solid var(--pg-border);
  border-radius: 4px; padding: .25rem .5rem; }
#yusuan-playground textarea { width: 100%; box-sizing: border-box; font-family: var(--font-family-code, monospace);
  font-size: .8rem; min-height: 12rem; }
#yusuan-playground button { cursor: pointer; font-weight: 600; justify-self: start; padding: .35rem 1.25rem; }
#yusuan-playground table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
#yusuan-playground th, #yusuan-playground td { border: 1px solid var(--pg-border); padding: .2rem .45rem;
  text-align: left; vertical-align: top; }
#yusuan-playground td.pg-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
#yusuan-playground .pg-finding { border-left: 4px solid var(--pg-border); padding: .25rem .75rem; margin: .75rem 0;
  list-style: none; }
#yusuan-playground .pg-finding[data-severity="error"] { border-color: #d1242f; }
#yusuan-playground .pg-finding[data-severity="warning"] { border-color: #bf8700; }
#yusuan-playground .pg-findings { padding: 0; }
#yusuan-playground .pg-badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; margin-right: .5rem; }
#yusuan-playground .pg-bad { color: #d1242f; font-weight: 700; }
#yusuan-playground .pg-ok { color: #1a7f37; }
#yusuan-playground .pg-note { font-style: italic; }
#yusuan-playground .pg-blank { opacity: .6; }
#yusuan-playground .pg-scroll { overflow-x: auto; }
#yusuan-playground td.pg-num small { white-space: normal; opacity: .75; }
#yusuan-playground .pg-cells caption { text-align: left; font-weight: 600; }
#yusuan-playground .pg-issues code { white-space: pre-wrap; }
`;
