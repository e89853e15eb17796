import { ListSubheader } from '@mui/material';
import { type associationResources, healthResources } from '@mujtama/shared/resources';
import { Menu, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { RemoveDemoDataMenuItem } from '../demoData/RemoveDemoDataMenuItem';

type AssociationType = keyof typeof associationResources;

/** The association's records reached from the menu, by what the secretariat works on. */
const associationGroups: { title: string; types: AssociationType[] }[] = [
  { title: 'mujtama.menu.association', types: ['AssociationUnit', 'AssociationEntity', 'Activity'] },
  {
    title: 'mujtama.menu.programs',
    types: ['AssociationProgram', 'Committee', 'CommitteeMeeting', 'VisitGroup', 'Visit'],
  },
  { title: 'mujtama.menu.volunteering', types: ['Volunteer', 'Initiative', 'Partner'] },
  { title: 'mujtama.menu.impact', types: ['ImpactForm', 'FormResponse', 'AssociationEvent'] },
];

/** Records that link two others, managed on the page of the one they belong to rather than from the menu. */
const managedInPlace: readonly AssociationType[] = [
  'ProgramParticipant',
  'CommitteeMember',
  'CommitteeMeetingAttendee',
  'VisitGroupMember',
  'VisitParticipant',
  'VolunteerTeamMember',
  'InitiativeVolunteer',
  'InitiativePartner',
  'ImpactQuestion',
  'EventExhibitor',
];

const grouped = new Set<string>([
  ...Object.keys(healthResources),
  ...associationGroups.flatMap(({ types }) => types),
  ...managedInPlace,
]);

function Group({ title, types }: { title: string; types: readonly string[] }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (types.length === 0) return null;
  return (
    <>
      {open ? (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent' }}>
          {translate(title)}
        </ListSubheader>
      ) : null}
      {types.map((type) => (
        <Menu.ResourceItem key={type} name={type} />
      ))}
    </>
  );
}

/**
 * The resources of the menu in groups: the health cluster's programs, then the association's
 * entities, programs, volunteering and impact, then administration (with removing the demo data).
 */
export function GroupedResourceItems() {
  const definitions = useResourceDefinitions();
  const listed = (types: readonly string[]) => types.filter((type) => definitions[type]?.hasList);
  const others = Object.keys(definitions).filter((type) => !grouped.has(type));
  return (
    <>
      <Group title="mujtama.menu.health" types={listed(Object.keys(healthResources))} />
      {associationGroups.map(({ title, types }) => (
        <Group key={title} title={title} types={listed(types)} />
      ))}
      <Group title="mujtama.menu.administration" types={listed(others)} />
      <RemoveDemoDataMenuItem />
    </>
  );
}
