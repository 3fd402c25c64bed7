import { NotBuiltYet } from '../../../shared/components/NotBuiltYet';

/** Placeholder: replace with the real screen (see services/web-app/README.md). */
export function OrgUnitsPage() {
  return <NotBuiltYet page="menu.orgUnits" />;
}
