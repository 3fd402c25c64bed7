import { NotBuiltYet } from '../../../shared/components/NotBuiltYet';

/** Placeholder: replace with the real screen (see services/web-app/README.md). */
export function ReportsPage() {
  return <NotBuiltYet page="menu.reports" />;
}
