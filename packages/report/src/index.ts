export { neutralizeFormula, isFormulaLike } from './neutralize.js';
export { rowsToCsv, rowsToJsonLines, tableToCsv, type CsvOptions } from './csv.js';
export { sentencesTable, tokensTable } from './tables.js';
