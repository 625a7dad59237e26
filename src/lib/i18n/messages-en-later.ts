// The English words not on the first screen. See messages-id-later.ts.
import type { LaterMessages } from './messages';
import type { QualityLevel, UnitQuality } from '../../domain/model';
import { OPINION_LABEL, UNIT_QUALITY_LABEL } from '../../domain/published-labels';

type P = Record<string, string | number>;

const COLUMN_NAMES_EN: Record<string, string> = {
  year: '“year” (or “tahun”)',
  institution: '“institution” (or “instansi”, “pemda”)',
  unit: '“unit” (or “upp”, “unit layanan”)',
  total: '“total” (or “nilai”, “skor”, or dimension columns)',
};

export const laterMessagesEn: LaterMessages = {
  unitDetail: {
    title: 'Unit detail',
    close: 'Close',
    context: (p: P) => `${p.entity} · ${p.year}`,
    rank: (p: P) => `Rank ${p.rank} of ${p.of}`,
    belowMean: (p: P) => `Below the entity mean (${p.mean})`,
    atOrAboveMean: (p: P) => `At or above the entity mean (${p.mean})`,
    nextLevel: (p: P) =>
      `${p.gap} points to ${p.level}${p.inferred ? ' (2025 cut points inferred, not official)' : ''}`,
    topGrade: 'Already in the highest level',
    dimensionsTitle: 'Scores by dimension',
    dimension: 'Dimension',
    weight: 'Weight',
    score: 'Unit score',
    entityMean: 'Entity mean',
    diff: 'Difference',
    noDimensions: 'No dimension scores are available for this unit.',
    focusTitle: 'Coaching focus',
    focusItem: (p: P) =>
      `${p.dimension}: ${p.gap} points below the mean; raising it to the mean adds ${p.effect} points to the total.`,
    focusItemUnweighted: (p: P) =>
      `${p.dimension}: ${p.gap} points below the mean (this year's dimension weights are not published, so its effect on the total is not computed).`,
    focusNone: 'No dimension is below the entity mean.',
    historyTitle: 'Scores over the years',
    year: 'Year',
    onlyOneYear: 'This data holds one year for this unit.',
  },
  dimensions: {
    noScores: (p: P) =>
      `No dimension scores are available for ${p.entity} in ${p.year}. The totals are on the Overview.`,
    lowestDimension: (p: P) => `Dimension with the lowest entity mean: ${p.dimension} (${p.mean}).`,
    filteredNote: 'Means and ▼ marks use all of the entity’s units, not only the selected unit type.',
    heatmapTitle: 'Scores by dimension',
    heatmapSubtitle: (p: P) =>
      `${p.entity}, ${p.year} · ${p.assessment}${p.weights ? ' · dimension weights in the column headers' : ''}`,
    columnHeader: (p: P) => `${p.label} · ${p.weight}`,
    meanRow: 'Entity mean',
    belowMeanHidden: '(below the entity mean)',
    unknownHidden: 'no score',
    openUnit: (p: P) => `Open details of ${p.unit}`,
    legendBelowMean: 'below the entity mean in that column',
    legendScale: 'Colour relative to the scores in this table:',
    legendUnknown: 'no score',
    barTitle: 'Dimensions by unit',
    barSubtitle: (p: P) => `${p.entity}, ${p.year} · ${p.assessment} · 0–100 scale`,
    barDescription: (p: P) =>
      `Grouped bar chart: for each of ${p.count} units, one bar per dimension (${p.dimensions}), on a 0–100 scale. Scores below the entity mean are marked ▼.`,
    legendBelowMeanBar: 'below the entity mean on that dimension',
    meanShort: (p: P) => `mean ${p.mean}`,
    radarTitle: 'Dimension profile of one unit',
    radarSubtitle: (p: P) => `${p.unit} against the mean of ${p.entity}, ${p.year} · ${p.assessment}`,
    radarDescription: (p: P) =>
      `Radar chart of ${p.unit}'s scores on ${p.count} dimensions (solid line) and the mean of ${p.entity} (dashed line), on a 0–100 scale.`,
    radarPicker: 'Unit',
    weakestOption: (p: P) => `${p.unit} (lowest)`,
    radarTooFew: 'A radar chart needs at least three dimensions; see the table.',
    dimension: 'Dimension',
    weight: 'Weight',
    difference: 'Difference',
    csvBelowMeanOn: 'Below the entity mean on',
    csvBelowMean: 'below the entity mean',
    csvWeight: 'Weight (%)',
    heatmapDescription: (p: P) =>
      `Colour table: the scores of ${p.count} units on each dimension (${p.dimensions}) and their totals, the entity means in the last row. Scores below the entity mean are marked ▼, missing scores —.`,
    weightsUnknown: (p: P) => `Dimension weights for ${p.year} ${p.kind}: ${p.basis}`,
    notComparable: (p: P) =>
      `From ${p.from} the dimensions measure different things, so their scores are not comparable with the dimension scores of ${p.before}.`,
    noScoresPublished: (p: P) =>
      `Ombudsman RI published no ${p.year} scores per dimension for ${p.entity}. The published result is on the Overview.`,
  },
  trends: {
    summaryUp: (p: P) =>
      `${p.entity} rose ${p.change} points, from ${p.from} (${p.fromYear}) to ${p.to} (${p.toYear}).`,
    summaryDown: (p: P) =>
      `${p.entity} fell ${p.change} points, from ${p.from} (${p.fromYear}) to ${p.to} (${p.toYear}).`,
    summarySame: (p: P) => `${p.entity} stayed at ${p.to} from ${p.fromYear} to ${p.toYear}.`,
    summaryRank: (p: P) => `In ${p.year}, ${p.entity} ranks ${p.rank} of ${p.count} entities in this data.`,
    entityTitle: 'Entity score over the years',
    entitySubtitle: (p: P) => `${p.entity}, ${p.from}–${p.to}`,
    axisNarrow: (p: P) => `score axis ${p.min}–100, not from 0`,
    axisFull: 'score axis 0–100',
    entityDescription: (p: P) => `Line chart of the score of ${p.entity} per year: ${p.points}.`,
    pointText: (p: P) => `${p.year} ${p.score} (${p.basis}; ${p.grade})`,
    reported: 'Reported score',
    mean: 'Mean of units',
    meanAlongside: (p: P) => `Mean of units: ${p.mean}`,
    legendReported: 'reported score',
    legendMean: 'mean of unit scores (no reported score)',
    legendBands:
      'Background: the levels in force that year (grades A–E with zones, zones, or Ombudsman opinion levels).',
    legendBandsInferred: (p: P) =>
      `Bands of ${p.years}: Ombudsman opinion levels, no zones; their cut points are inferred from published results, not an official table.`,
    methodBreakLabel: 'New method',
    pointNotAssessed: (p: P) => `${p.year} not assessed`,
    csvMethod: 'Assessment method',
    zonesOnlyNote: 'Up to 2021 Ombudsman gave zones only (green, yellow, red), no A–E grades.',
    singleYear: (p: P) => `A trend needs at least two years. ${p.entity} has data for ${p.year} only:`,
    noScores: (p: P) => `There is no score for ${p.entity} in this data yet.`,
    year: 'Year',
    score: 'Score',
    basis: 'Basis',
    gradeOrZone: 'Result',
    change: 'Change',
    unitsTitle: 'Unit scores over the years',
    unitsSubtitle: (p: P) => `${p.entity}: ${p.count} units assessed in more than one year; ${p.axis}`,
    unitsSubtitleType: (p: P) =>
      `${p.entity}, type ${p.type}: ${p.count} units assessed in more than one year; ${p.axis}`,
    unitsNone: (p: P) =>
      `No unit of ${p.entity} appears in more than one year in this data, so unit trends cannot be drawn yet.`,
    unitsNoneType: (p: P) => `No ${p.type} unit of ${p.entity} appears in more than one year in this data.`,
    unitsNoRecords: (p: P) => `This data has no unit scores for ${p.entity}, only its entity score.`,
    unitsNoRecordsType: (p: P) => `This data has no ${p.type} unit of ${p.entity}.`,
    unitsDescription: (p: P) =>
      `Line chart of the total scores of ${p.count} units of ${p.entity} per year, ${p.from}–${p.to}.`,
    unitsLegend: 'Click a unit’s name to open its details.',
    unitsGapNote: 'A year in which a unit was not assessed is left empty, not bridged.',
    openUnit: (p: P) => `Open details of ${p.unit}`,
    peersTitle: (p: P) => `Entities ranked, ${p.year}`,
    peersSubtitle: (p: P) =>
      `${p.entity} compared with ${p.others} other ${p.others === 1 ? 'entity' : 'entities'} in this data; 0–100 scale`,
    peersSubtitleTrimmed: (p: P) =>
      `Top ${p.edge}, bottom ${p.edge} and ${p.entity} of ${p.count} entities; the full list is in the table`,
    peersDescription: (p: P) =>
      `Bar chart of the scores of ${p.count} entities in ${p.year}, highest first, 0–100 scale. ${p.entity} ranks ${p.rank}.`,
    peersGap: (p: P) => `⋯ ${p.count} more entities`,
    legendSelected: (p: P) => `${p.entity} (selected)`,
    legendOthers: 'Other entities',
    legendComputed: 'mean of unit scores, no reported score (striped bar)',
    peersAllReported: 'All scores are officially reported figures.',
    peersUnknown: (p: P) => `${p.count} entities without a score are listed in the table only.`,
    peersSingle: (p: P) => `The ${p.year} data holds ${p.entity} only; there is no peer to compare with.`,
    peersNone: (p: P) => `No entity scores for ${p.year}.`,
    entity: 'Entity',
    rank: 'Rank',
    rankLabel: (p: P) => `Rank ${p.rank}`,
    selected: 'selected',
    summaryNotAssessed: (p: P) => `${p.entity} was not assessed in ${p.year}.`,
    peersNotAssessed: (p: P) =>
      `${p.count} ${p.count === 1 ? 'entity was' : 'entities were'} not assessed in ${p.year}; listed at the end of the table, without a rank.`,
    nationalAverage: (p: P) => `National average ${p.year}: ${p.score} (reported)`,
  },
  report: {
    title: (p: P) => `${p.assessment} report — ${p.entity}, ${p.year}`,
    intro:
      'Summary, dimension scores, units that need coaching, trends and data sources, ready to print or save as PDF (A4 portrait).',
    print: 'Print report',
    downloadAll: 'Download all charts (ZIP)',
    zipping: (p: P) => `Preparing chart ${p.done} of ${p.total}…`,
    zipDone: (p: P) => `${p.count} charts downloaded in one ZIP file.`,
    zipFailed: (p: P) => `ZIP download failed: ${p.message}`,
    generated: (p: P) => `Made with Rapor on ${p.date}.`,
    sectionOverview: 'Overview',
    sectionDimensions: 'Scores by dimension',
    sectionCoaching: 'Units that need coaching',
    sectionTrends: 'Trends',
    sectionSource: 'Data sources',
    sourceDataset: (p: P) => `Data: ${p.source}.`,
  },
  coaching: {
    ruleLegend: 'Rule for flagging units',
    ruleMean: 'Below the entity mean',
    ruleTarget: 'Below a target score',
    ruleLowest: 'Lowest-scoring units',
    targetInput: 'Target score',
    lowestInput: 'Number of units',
    targetInvalid: 'Enter a target from 0 to 100, for example 90 or 90.5. The rule has not changed.',
    lowestInvalid: 'Enter a whole number of units, 1 or more. The rule has not changed.',
    meanUsed: (p: P) => `Entity mean used by the rule: ${p.mean}`,
    meanExplain: (p: P) => `the mean of the totals of ${p.count} units of ${p.entity} ${p.year}.`,
    meanNotReported: (p: P) =>
      `The reported score ${p.reported} is not used: units are compared with the mean of their own totals.`,
    meanUnknown: 'The entity mean cannot be computed because no unit has a total.',
    unitTypeNote: (p: P) =>
      `Only units of type ${p.type} are flagged; the mean and the best unit still come from all units of the entity.`,
    ruleText: {
      mean: (p: P) => `below the entity mean (${p.mean})`,
      target: (p: P) => `below the target ${p.target}`,
      lowest: (p: P) => `the ${p.n} lowest-scoring units`,
    },
    summaryFlagged: (p: P) => `${p.flagged} of ${p.count} units need coaching under the rule “${p.rule}”: ${p.names}.`,
    summaryNoneMean: (p: P) =>
      `No unit needs coaching: all ${p.count} units score at or above the entity mean (${p.mean}).`,
    summaryNoneTarget: (p: P) => `No unit needs coaching: all ${p.count} units reach the target ${p.target}.`,
    summaryNoneUnknown: 'No unit can be judged: no unit total is known.',
    unknownTotals: (p: P) => `${p.count} units without a total are not judged.`,
    noUnits: 'This entity has only a reported score, no unit breakdown; a coaching plan per unit cannot be made.',
    openUnit: 'Open unit details',
    vsMeanLabel: 'Gap to the entity mean',
    vsBestLabel: 'Gap to the best unit',
    nextLevelLabel: {
      zona: 'Gap to the next zone',
      kepatuhan: 'Gap to the next grade',
      maladministrasi: 'Gap to the next quality level',
    },
    pointsBelow: (p: P) => `${p.points} points below`,
    pointsAbove: (p: P) => `${p.points} points above`,
    pointsEqual: 'equal',
    meanDetail: (p: P) => `mean ${p.mean}`,
    bestDetail: (p: P) => `${p.name}, ${p.total}`,
    isBest: 'this is the best unit',
    nextGradeGap: (p: P) => `${p.points} points to go`,
    nextGradeDetail: (p: P) => `to ${p.band} (from ${p.min})`,
    topLevel: {
      zona: 'already in the top zone',
      kepatuhan: 'already at the top grade',
      maladministrasi: 'already at the top quality level',
    },
    unknownTotal: 'total unknown',
    focusTitle: 'Coaching focus: dimensions below the entity mean',
    focusCaption: (p: P) => `Dimensions of ${p.unit} below the entity mean, by their effect on the total.`,
    colDimension: 'Dimension',
    colWeight: 'Weight',
    colScore: 'Unit score',
    colMean: 'Entity mean',
    colGap: 'Below the mean',
    colEffect: 'Effect on the total',
    points: (p: P) => `${p.value} points`,
    liftLabel: 'Potential rise of the total',
    liftDetail: (p: P) => `if ${p.dims} rise to the entity mean; the total would be about ${p.total}.`,
    effectExplain: 'Effect = dimension weight × gap to the entity mean.',
    noDimensionsAll: 'No dimension scores are available in this data; units are flagged by their total only.',
    noDimensionsUnit: 'No dimension scores are available for this unit; it is flagged by its total only.',
    noneBelow: 'Every dimension of this unit is at or above the entity mean.',
    chartTitle: 'Effect of the focus dimensions on the total',
    chartSubtitle: (p: P) => `${p.entity}, ${p.year} · ${p.assessment} · units that need coaching`,
    chartDescription: (p: P) =>
      `Horizontal bar chart: for ${p.units} units that need coaching, how many points the total rises if each focus dimension rises to the entity mean. Largest: ${p.top}.`,
    effectTooltip: (p: P) => `Unit score ${p.score}, mean ${p.mean}, weight ${p.weight}`,
    assessmentLine: (p: P) => `${p.entity} ${p.year} · ${p.assessment}`,
    defaultRule: (p: P) => `Default rule for ${p.year}: ${p.rule} — ${p.kind}: ${p.basis}`,
    defaultRuleText: {
      mean: 'units below the entity mean',
      target: (p: P) => `units below ${p.target}`,
      lowest: (p: P) => `the ${p.n} lowest units`,
    },
    weightsUnknown: (p: P) =>
      `No weighted effect per dimension is computed for ${p.year}, and no other year's weights are used — ${p.kind}: ${p.basis}`,
    noDimensionsEntity: (p: P) =>
      `The data for ${p.entity} ${p.year} has no dimension scores; units are flagged by their total only.`,
    focusTitleByGap: 'Coaching focus: dimensions below the entity mean, largest gap first',
    focusCaptionByGap: (p: P) => `Dimensions of ${p.unit} below the entity mean, by their gap.`,
    byGapExplain: 'Without dimension weights, the effect on the total is not computed.',
    nextLevelDetailMarked: (p: P) => `to ${p.band} (from ${p.min}; cut point ${p.kind})`,
  },
  compare: {
    title: 'Compare units',
    intro:
      'Pick 2 to 6 items. An item is one service unit in one year of one entity: compare units of one entity, the same unit across years, or the same kind of unit across entities.',
    pickerLabel: 'Add a unit',
    pickerPlaceholder: 'Search unit, entity or year…',
    pickerHint: 'Type to search. Arrow up/down to choose, Enter to add, Esc to close the list.',
    listboxLabel: 'Units that can be compared',
    groupLabel: (p: P) => `${p.entity} · ${p.year}`,
    alreadyChosen: 'already chosen',
    noMatch: (p: P) => `No unit matches “${p.query}”.`,
    moreMatches: (p: P) => `and ${p.count} more units — keep typing to narrow it down`,
    full: (p: P) => `${p.max} items, the most a comparison holds. Remove one to add another.`,
    chosenLabel: (p: P) => `Items compared (${p.count} of ${p.max})`,
    itemContext: (p: P) => `${p.entity} ${p.year}`,
    itemFull: (p: P) => `${p.unit} — ${p.entity} ${p.year}`,
    itemNumber: (p: P) => `Item ${p.number}`,
    baseline: 'baseline',
    remove: (p: P) => `Remove ${p.unit} (${p.entity} ${p.year}) from the comparison`,
    makeBaseline: 'Make baseline',
    makeBaselineLabel: (p: P) => `Make baseline: ${p.unit} (${p.entity} ${p.year})`,
    clearAll: 'Remove all',
    added: (p: P) => `${p.unit} (${p.entity} ${p.year}) added. ${p.count} of ${p.max} items.`,
    removed: (p: P) => `${p.unit} (${p.entity} ${p.year}) removed. ${p.count} items left.`,
    replaced: (p: P) => `Comparison replaced: ${p.count} items.`,
    shortcutsTitle: 'Shortcuts',
    shortcutReplaces: 'A shortcut replaces the items being compared.',
    flaggedVsBest: 'Units that need coaching vs the best unit',
    flaggedVsBestDetail: (p: P) => `${p.entity} ${p.year}: ${p.flagged} vs ${p.best} (best)`,
    flaggedVsBestNone: (p: P) => `No unit needs coaching in ${p.entity} ${p.year}.`,
    flaggedVsBestEmpty: (p: P) => `No unit with a total in ${p.entity} ${p.year}.`,
    yearOverYear: 'This year vs last year',
    yearOverYearUnit: (p: P) => `Unit (${p.entity} ${p.year})`,
    yearOverYearDetail: (p: P) => `${p.unit}: ${p.previous} and ${p.year}`,
    yearOverYearNone: (p: P) => `No data for ${p.unit} before ${p.year}.`,
    yearOverYearNoUnits: (p: P) => `${p.entity} ${p.year} has no unit details.`,
    emptyTitle: 'Nothing compared yet',
    emptyOneTitle: 'Add one more item',
    emptyOne: (p: P) => `${p.item} is chosen. Add at least one more item to start comparing.`,
    emptyBody: 'The comparison appears once there are at least 2 items.',
    emptyWays: 'Ways to add items:',
    emptyWayPicker: 'Type a unit, entity or year in the “Add a unit” box above, then press Enter.',
    emptyWayShortcut: 'Use a shortcut: units that need coaching vs the best unit, or one unit this year vs last year.',
    emptyWayButton: 'Press a “Compare” button in another view; the items are kept in the page link.',
    missingTitle: (p: P) => `${p.count} item(s) from the link are not in the loaded data`,
    missingItem: (p: P) => `${p.unit} — ${p.entity}, ${p.year}`,
    missingRest: 'The other items are still compared.',
    dropMissing: 'Remove from the link',
    truncated: (p: P) => `${p.count} more item(s) from the link are not shown: at most ${p.max} items.`,
    radarTitle: 'Dimension profiles compared',
    radarSubtitle: (p: P) => `${p.count} items · ${p.assessment} · scale 0–100`,
    radarDescription: (p: P) =>
      `Radar chart of ${p.count} items on ${p.dimensions} dimensions, scale 0–100; each item has its own colour and line style. Items: ${p.names}.`,
    radarTooFew: 'A radar chart needs at least three dimensions; see the bar chart or the table.',
    barsTitle: 'Scores by dimension compared',
    barsSubtitle: (p: P) => `${p.assessment} · bars carry the item number · scale 0–100`,
    barsDescription: (p: P) =>
      `Grouped bar chart: for each dimension (${p.dimensions}), one bar per item, labelled with the item number. Items: ${p.names}.`,
    totalsTitle: 'Total scores compared',
    totalsSubtitle: (p: P) => `${p.assessment} · bars carry the item number · scale 0–100`,
    totalsDescription: (p: P) =>
      `Bar chart of the totals of ${p.count} items, labelled with the item number, scale 0–100. Items: ${p.names}.`,
    totalsOnlyAll: 'This data holds totals only for these items, so the comparison uses the totals.',
    totalsOnly: 'Not every item has dimension scores, so the comparison uses the totals.',
    withoutDimensions: (p: P) => `No dimension scores: ${p.names}.`,
    unknownTotals: (p: P) => `No total (not drawn): ${p.names}.`,
    legendTitle: 'Items',
    tableTitle: 'Comparison table',
    baselineNote: (p: P) =>
      `Item 1 (${p.item}) is the baseline: every other item's difference is measured against it. ▲ higher, ▼ lower.`,
    measure: 'Measure',
    weight: (p: P) => `weight ${p.weight}`,
    higher: 'higher than the baseline',
    lower: 'lower than the baseline',
    same: 'same as the baseline',
    diffLabel: 'Difference from the baseline',
    openUnit: (p: P) => `Open details of ${p.unit}`,
    csvItem: 'Item',
    csvEntity: 'Entity',
    csvYear: 'Year',
    levelRow: { zona: 'Zone', kepatuhan: 'Grade', maladministrasi: 'Quality' },
  },
  place: {
    file: 'File',
    record: (p: P) => `Record ${p.index}`,
    institution: (p: P) => `Entity ${p.index}`,
    dimension: (p: P) => `Dimension ${p.index}`,
    row: (p: P) => `Row ${p.row}`,
    page: (p: P) => `Page ${p.page}`,
    field: (p: P) => `field “${p.field}”`,
  },
  problems: {
    empty: () => 'The file or response is empty.',
    notJson: (p: P) => `Not valid JSON${p.line ? ` (line ${p.line}, column ${p.column})` : ''}.`,
    notCsv: () => 'Not a readable CSV.',
    htmlInsteadOfData: () =>
      'This is a web page (HTML), not data. Check that the URL or file points directly at JSON/CSV data or an API.',
    wrongShape: () => 'Unexpected JSON structure: expected an object with "records" or an array of unit records.',
    noRecords: () => 'There are no unit records ("records") and no entity scores ("institutions").',
    tooLarge: (p: P) => `The file is too large (${p.bytes}); the limit is ${p.max}.`,
    binary: () => 'This file holds binary data, not JSON/CSV text.',
    xlsx: (p: P) =>
      `This is an Excel workbook (.${p.format ?? 'xlsx'}), not a CSV. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, then load that CSV file.`,
    required: () => 'is required.',
    notNumber: (p: P) => `“${p.value}” is not a number.`,
    notText: () => 'must be text.',
    outOfRange: (p: P) => `value ${p.value} is outside ${p.min}–${p.max}.`,
    yearOutOfRange: (p: P) => `year ${p.value} is outside ${p.min ?? 2000}–${p.max ?? 2100}.`,
    noScores: () => 'has neither a total nor any dimension score.',
    unknownDimension: (p: P) => `dimension “${p.key}” is not in the list of dimensions.`,
    duplicateDimension: (p: P) => `dimension “${p.key}” is listed more than once.`,
    badWeight: (p: P) => `weight ${p.value ?? ''} must be a number ≥ 0.`,
    badUrl: (p: P) =>
      p.reason === 'credentials'
        ? 'The address holds a user name or password; remove them: the dashboard does not send credentials.'
        : `“${p.value ?? p.url ?? ''}” is not a valid http(s) address.`,
    badDate: (p: P) => `“${p.value}” is not a valid YYYY-MM-DD date.`,
    badGradeScale: () => 'invalid grade scale (needs unique lower bounds 0–100, including 0).',
    invalid: (p: P) => (p.more ? `and ${p.more} more problems.` : `invalid value${p.message ? `: ${p.message}` : ''}.`),
    missingColumn: (p: P) =>
      `Column ${COLUMN_NAMES_EN[p.column ?? ''] ?? `“${p.column}”`} was not found. Columns present: ${p.found}.`,
    raggedRow: (p: P) => `has ${p.found ?? '?'} fields where the header has ${p.expected ?? '?'}.`,
    tooManyColumns: (p: P) => `Too many columns (${p.count}); the limit is ${p.max}.`,
    opinionOnUnitRow: (p: P) =>
      `“${p.value}” belongs to an entity's opinion, but this row is the unit ${p.unit}. Units get no opinion: write the opinion and “Tanpa Maladministrasi” on the entity's own row, with the “${p.unitColumn ?? 'Unit'}” column empty.`,
    unitFieldOnEntityRow: (p: P) =>
      `the “${p.unitColumn ?? 'Unit'}” column is empty, so this row is read as the entity's own row${p.name ? ` (${p.name})` : ''}, but “${p.value}” ${
        p.what === 'quality'
          ? "is a unit's quality word"
          : p.what === 'compliance'
            ? "is a unit's compliance level"
            : 'applies to units only'
      }. Fill in the unit's name in the “${p.unitColumn ?? 'Unit'}” column, or clear this cell.`,
    ckanFailure: (p: P) => `The CKAN API reported a failure${p.message ? `: ${p.message}` : ''}.`,
    ckanIncomplete: (p: P) =>
      `The CKAN API gave only ${p.read} of ${p.total} rows; the data is incomplete and was not loaded.`,
    networkError: (p: P) =>
      `Could not reach ${p.url}. Check the internet connection. If the address is right, the API server may not allow access from ${p.origin || 'this dashboard'} (CORS): its owner must add an Access-Control-Allow-Origin header.`,
    timeout: (p: P) => `${p.url} did not answer within ${Number(p.timeoutMs) / 1000} seconds.`,
    httpStatus: (p: P) =>
      `The server answered with HTTP status ${p.status}${p.statusText ? ` (${p.statusText})` : ''}.${
        p.status === 401 || p.status === 403
          ? ' This data needs a sign-in or permission; ask the API owner to make it public or grant access.'
          : ''
      }`,
    truncated: () => 'The response ended half-way; the data is incomplete.',
    unknownOpinion: (p: P) =>
      `“${p.value}” is not a known Ombudsman opinion. Write for example “Kualitas Tertinggi”, “Kualitas Tinggi Tanpa Maladministrasi” or “Kualitas Sedang”.`,
    opinionNotInYear: (p: P) =>
      `${p.value ? `“${p.value}”: ` : ''}the Opini Ombudsman RI (and “Tanpa Maladministrasi”) is given from the 2025 assessment on; ${p.year} was assessed by another method (grades A–E or zones), which Rapor derives from the score.`,
    opinionConflict: (p: P) =>
      `the opinion “${p.value}” includes “Tanpa Maladministrasi”, but this column says no. Make them agree.`,
    unknownQuality: (p: P) => `“${p.value}” is not a known unit quality: Sangat Baik, Baik, Cukup or Kurang.`,
    qualityNotInYear: (p: P) =>
      `“${p.value}”: unit quality words (Sangat Baik … Kurang) are given from the 2025 assessment on; ${p.year} uses grades or zones.`,
    unknownZone: (p: P) => `“${p.value}” is not a known zone: Hijau (green), Kuning (yellow) or Merah (red).`,
    scoreButNotAssessed: (p: P) =>
      `${p.name} ${p.year} is marked not assessed but has a score or opinion. Clear one of them.`,
  },
  warnings: {
    reportedDiffersFromMean: (p: P) =>
      `${p.name} ${p.year}: reported score ${p.reported} differs from the mean of its units ${p.mean}. Both are shown.`,
    duplicateUnit: (p: P) =>
      `${p.unit} (${p.institution}, ${p.year}) is listed more than once; only the first is used.`,
    totalDiffersFromDimensions: (p: P) =>
      `total ${p.given} differs from the weighted total of its dimensions (${p.computed}).`,
    totalUnknownMissingDimension: () => 'the total cannot be computed because a dimension has no score.',
    reportedGradeDiffers: (p: P) => `recorded grade ${p.given} does not match the score (${p.expected}).`,
    opinionVariant: (p: P) =>
      `${p.name} ${p.year}: opinion “${p.value}” (another spelling) was read as the official label “${OPINION_LABEL[p.level as QualityLevel] ?? p.level}${p.tm ? ' Tanpa Maladministrasi' : ''}”.`,
    qualityVariant: (p: P) =>
      `quality “${p.value}” was read as the official label “${UNIT_QUALITY_LABEL[p.quality as UnitQuality] ?? p.quality}”.`,
    suffixWithoutOpinion: (p: P) =>
      `${p.name} ${p.year}: “Tanpa Maladministrasi” is given without an opinion; it is not shown.`,
    zoneNotInMethod: (p: P) =>
      `${p.name} ${p.year}: zone “${p.value}” is not shown. Since the 2025 assessment the Ombudsman gives no zones; the result is an Opini Ombudsman RI.`,
    reportedZoneDiffers: (p: P) =>
      `${p.name} ${p.year}: the recorded zone ${p.given} does not match the score (${p.expected}); the zone of the score is shown.`,
    gradeNotInMethod: (p: P) =>
      `${p.name} ${p.year}: grade “${p.value}” is not shown. Since the 2025 assessment the result is an Opini Ombudsman RI, without letter grades.`,
    opinionDiffersFromScore: (p: P) =>
      `${p.name} ${p.year}: the published opinion “${OPINION_LABEL[p.level as QualityLevel] ?? p.level}” differs from the level Rapor derives from its score (${OPINION_LABEL[p.derived as QualityLevel] ?? p.derived}, inferred cut points). The published opinion is shown.`,
    qualityDiffersFromScore: (p: P) =>
      `${p.unit}: the published quality “${UNIT_QUALITY_LABEL[p.quality as UnitQuality] ?? p.quality}” differs from the level Rapor derives from its score (${OPINION_LABEL[p.derived as QualityLevel] ?? p.derived}). The published label is shown.`,
    partNotInMethod: (p: P) =>
      `${p.name} ${p.year}: public trust and compliance with supervision products are scored from 2025 on; ignored.`,
    totalNeedsWeights: (p: P) =>
      `no total is given and none can be computed from the dimensions: the ${p.year} dimension weights are not published (the four dimensions 70% together, public trust 30%). Fill in the total.`,
    notAssessedHasUnits: (p: P) =>
      `${p.name} ${p.year} is marked not assessed but lists ${p.count} units; the units are shown, the entity has no result.`,
  },
  update: {
    ready: 'A new version of Rapor has been downloaded. Reload the page to use it.',
    reload: 'Reload',
    later: 'Later',
  },
};
