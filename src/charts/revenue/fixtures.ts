// Test rows shaped like content/data/money.yaml and the Russia row of deployments.yaml (same
// figures, trimmed), so the unit tests do not depend on the editors' files.
import type { Deployment, Money } from '../../data/schemas.ts';

const row = (m: Partial<Money> & Pick<Money, 'id' | 'kind' | 'scope' | 'period' | 'date'>): Money => ({
  label: m.id,
  estimator: 'Someone',
  measure: 'Earnings',
  currency: 'USD',
  sources: ['src-a'],
  ...m,
});

export const MONEY: Money[] = [
  row({
    id: 'us-pre-sanctions',
    kind: 'estimate',
    scope: 'all-abroad',
    period: 'year',
    value: 500e6,
    qualifier: 'more-than',
    date: '2017',
    dateLabel: 'before 2017',
  }),
  row({
    id: 'us-100k-workers',
    label: 'US estimate, ~100,000 workers',
    measure: 'Earnings from about 100,000 workers abroad',
    kind: 'estimate',
    scope: 'all-abroad',
    period: 'year',
    value: 500e6,
    qualifier: 'about',
    workers: 100_000,
    date: '2019',
    sources: ['reuters-2019-03'],
  }),
  row({
    id: 'state-dept-russia',
    kind: 'estimate',
    scope: 'russia',
    period: 'year',
    low: 150e6,
    high: 300e6,
    date: '2018',
    sources: ['moscow-times-2018-08'],
  }),
  row({
    id: 'ngo-2015',
    kind: 'estimate',
    scope: 'all-abroad',
    period: 'year',
    low: 1.2e9,
    high: 2.3e9,
    date: '2015',
  }),
  row({
    id: 'it-workers',
    kind: 'reported',
    scope: 'vladivostok',
    period: 'month',
    value: 230000,
    qualifier: 'more-than',
    date: '2020-03',
  }),
  row({
    id: 'seizure',
    kind: 'seizure',
    scope: 'vladivostok',
    period: 'once',
    value: 192300,
    date: '2018-11',
  }),
  row({ id: 'regime-accounts', kind: 'qualitative', scope: 'all-abroad', period: 'year', date: '2020' }),
];

export const DEPLOYMENTS = [
  {
    id: 'RUS',
    name: 'Russia',
    figures: [
      { value: 30023, date: '2017-12', label: 'workers in 2017', sources: ['reuters-2019-03'] },
      {
        value: 11490,
        date: '2018-12',
        label: 'permit holders at the end of 2018',
        sources: ['reuters-2019-03'],
      },
    ],
  },
] as unknown as Deployment[];
