import { t } from '@/lib/i18n';
import { FLAG_LABEL_KEYS } from '@/lib/review/flag-labels';
import type { ExportTexts } from './texts';

/** The export words in the interface language. */
export function exportTexts(): ExportTexts {
  return {
    ticketsTitle: t('review.export.ticketsTitle'),
    columns: {
      site: t('review.columns.site'),
      key: t('review.columns.key'),
      summary: t('review.columns.summary'),
      customer: t('review.columns.customer'),
      benefit: t('review.columns.benefit'),
      evidence: t('review.columns.evidence'),
      verdict: t('review.columns.verdict'),
      flags: t('review.columns.flags'),
      updated: t('review.columns.updated'),
    },
    verdicts: { clear: t('review.verdict.clear'), unclear: t('review.verdict.unclear'), undecided: t('review.verdict.undecided') },
    flag: (code) => {
      const key = FLAG_LABEL_KEYS[code];
      return key ? t(key) : code;
    },
    retroTitle: (teamName, date) => t('retro.title', [teamName || t('retro.sessions.untitled'), date]),
    healthHeading: t('retro.health.heading'),
    healthColumns: {
      statement: t('retro.health.statement'),
      up: t('retro.health.up'),
      down: t('retro.health.down'),
      share: t('retro.health.share'),
      comment: t('retro.health.comment'),
    },
    statements: [t('retro.health.1'), t('retro.health.2'), t('retro.health.3')],
    questionsHeading: t('retro.questions.heading'),
    questions: [t('retro.questions.1'), t('retro.questions.2'), t('retro.questions.3'), t('retro.questions.4')],
    actionsHeading: t('retro.actions.heading'),
    actionColumns: { action: t('retro.actions.text'), owner: t('retro.actions.owner'), done: t('retro.actions.done') },
    yes: t('retro.actions.yes'),
    no: t('retro.actions.no'),
    unclearHeading: t('retro.unclearHeading'),
    csvColumns: {
      date: t('retro.csv.date'),
      team: t('retro.csv.team'),
      section: t('retro.csv.section'),
      number: t('retro.csv.number'),
      item: t('retro.csv.item'),
      up: t('retro.csv.up'),
      down: t('retro.csv.down'),
      text: t('retro.csv.text'),
      owner: t('retro.csv.owner'),
    },
    sections: { health: t('retro.csv.health'), question: t('retro.csv.question'), action: t('retro.csv.action') },
  };
}
