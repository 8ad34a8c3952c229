/**
 * The demo Jira's issues. Written by the project for demos and tests: some state a customer benefit
 * well, some vaguely, some not at all, in English and Polish, plus one with hostile markup.
 */
export interface DemoIssue {
  key: string;
  summary: string;
  /** Plain text; blank lines separate paragraphs, lines starting "## " are headings, "- " list items. */
  description: string;
  issueType: 'Story' | 'Bug' | 'Task' | 'Epic';
  status: string;
  labels: string[];
}

export const DEMO_ISSUES: DemoIssue[] = [
  {
    key: 'SHOP-1',
    summary: 'Save a card for one-step checkout',
    description:
      'As a returning shopper I want to save my card so that I can check out in one step instead of retyping it.\n\n## Evidence\n- Checkout completion on mobile rises from 61% to 70% within a month.',
    issueType: 'Story',
    status: 'To Do',
    labels: ['checkout'],
  },
  {
    key: 'SHOP-2',
    summary: 'Improve the checkout page',
    description: 'Rework the checkout page so that it is better.\n\n## Notes\n- Use the new button styles.',
    issueType: 'Story',
    status: 'In Progress',
    labels: [],
  },
  {
    key: 'SHOP-3',
    summary: 'Customers cannot pay with Apple Pay on iOS 18',
    description:
      'Since Tuesday customers on iPhone get "Payment failed (code 502)" and abandon their basket. Support received 40 complaints.\n\n## Steps\n- Open checkout on iOS 18\n- Choose Apple Pay',
    issueType: 'Bug',
    status: 'To Do',
    labels: ['payments', 'ios'],
  },
  {
    key: 'SHOP-4',
    summary: 'Refactor the cart service',
    description: 'Split CartService into smaller classes to get cleaner code and less technical debt.',
    issueType: 'Task',
    status: 'To Do',
    labels: ['tech-debt'],
  },
  {
    key: 'SHOP-5',
    summary: 'Export orders <img src=x onerror="window.__cbcXss=1"> as CSV',
    description:
      'As a store manager I want to export orders as CSV.\n\n<script>window.__cbcXss = 2</script> {code}rm -rf /{code} https://example.invalid/?q=<b>bold</b>',
    issueType: 'Story',
    status: 'To Do',
    labels: [],
  },
  {
    key: 'SHOP-6',
    summary: 'Eksport faktur do CSV',
    description:
      'Jako księgowa chcę eksportować faktury do pliku CSV, aby zamykać miesiąc dzień szybciej.\n\n## Cel\n- Mniej ręcznego przepisywania danych.',
    issueType: 'Story',
    status: 'Do zrobienia',
    labels: ['finanse'],
  },
  {
    key: 'PAY-1',
    summary: 'Require approval for refunds over 500 EUR',
    description:
      'As a finance admin I want refunds over 500 EUR to need a second approval so that fraudulent refunds stop.\n\n## Evidence\n- Fraud losses from refunds fall below 1,000 EUR a month.',
    issueType: 'Story',
    status: 'Open',
    labels: ['refunds'],
  },
  {
    key: 'PAY-2',
    summary: 'Upgrade the PostgreSQL driver',
    description: 'Bump the driver to the latest version.',
    issueType: 'Task',
    status: 'Open',
    labels: [],
  },
  {
    key: 'PAY-3',
    summary: 'Poprawić ekran płatności',
    description: 'Zmienić układ ekranu płatności dla wygody.',
    issueType: 'Story',
    status: 'Open',
    labels: [],
  },
  hostileIssue(),
  {
    key: 'LAB-1',
    summary: 'Try the panel on a layout it does not know',
    description: 'This page imitates a Jira whose layout the extension does not recognise.',
    issueType: 'Task',
    status: 'To Do',
    labels: [],
  },
];

/**
 * A ticket as hostile as real ones get: right-to-left override and zero-width characters, markup and
 * script in the summary, and a description of about 1 MB that repeats purpose clauses.
 */
function hostileIssue(): DemoIssue {
  const chunk = 'so that \u200b\u200d <b onmouseover="window.__cbcXss=3">x</b> {code}while(1){}{code} \u202eevil\u202c ';
  return {
    key: 'SHOP-7',
    summary: 'Hostile \u202eenilmaS\u202c <script>window.__cbcXss=4</script> \u200bzero\u200dwidth',
    description: `As a tester I want huge text.\n\n${chunk.repeat(Math.ceil(1_000_000 / chunk.length))}`,
    issueType: 'Story',
    status: 'To Do',
    labels: ['<img src=x onerror=alert(1)>'],
  };
}

export function findDemoIssue(key: string): DemoIssue | undefined {
  return DEMO_ISSUES.find((issue) => issue.key === key);
}
