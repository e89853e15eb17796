import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/** The questions people ask most, as the playground's opening tabs. */
export const exampleTabs: TabDefinition[] = [
  {
    query: `# Everything but the schema needs a signed-in user. Signed in to the admin on this site?
# The playground shares its session. If not, sign in here: the session cookie is then sent
# with every query. Other clients send the token as \`Authorization: Bearer <token>\`.
mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user { displayName role }
  }
}
`,
    variables: JSON.stringify({ email: 'admin@mujtama.local', password: '' }, null, 2),
  },
  {
    query: `# Which centers run both a health-coach clinic and an obesity interest group?
# Every center with its programs: look for kind HEALTH_COACH beside topic OBESITY.
query CentersAndTheirPrograms {
  healthCenters(first: 100, orderBy: [{ field: NAME_AR, direction: ASC }]) {
    totalCount
    nodes {
      nameAr
      district { nameAr }
      offerings { kind topic status }
    }
  }
}
`,
  },
  {
    query: `# A program at a center, with the people on its roster.
query ObesityGroupsAndRosters {
  programOfferings(filter: { kind: INTEREST_GROUP, topic: OBESITY }, first: 10) {
    nodes {
      id
      nameAr
      status
      center { nameAr }
      roster {
        role
        since
        until
        person { id nameAr phone roles }
      }
    }
  }
}
`,
  },
  {
    query: `# Search people in Arabic as it is typed: «احمد» finds «أحمد», «الهندي» finds «هندي».
query SearchPeople($q: String!) {
  people(filter: { q: $q }, first: 20, orderBy: [{ field: NAME_AR, direction: ASC }]) {
    totalCount
    nodes {
      id
      nameAr
      nameEn
      roles
    }
  }
}
`,
    variables: JSON.stringify({ q: 'احمد' }, null, 2),
  },
  {
    query: `# Add a person to a program's roster (use ids from the queries above).
mutation AddCoachToRoster($input: CreateRosterEntryInput!) {
  createRosterEntry(input: $input) {
    id
    version
    role
    since
    person { nameAr }
    offering { nameAr }
  }
}
`,
    variables: JSON.stringify(
      { input: { offeringId: '1', personId: '1', role: 'COACH', since: '2026-01-01' } },
      null,
      2,
    ),
  },
  {
    query: `# Change a roster entry, saying which version you read: a stale version fails with CONFLICT.
mutation ChangeRole($id: ID!, $version: Int!) {
  updateRosterEntry(id: $id, input: { role: FACILITATOR, version: $version }) {
    id
    version
    role
  }
}
`,
    variables: JSON.stringify({ id: '1', version: 1 }, null, 2),
  },
  {
    query: `# Coaching enrollments by status, newest first.
query EnrollmentsByStatus($status: EnrollmentStatus!) {
  coachingEnrollments(
    filter: { status: $status }
    orderBy: [{ field: ENROLLED_ON, direction: DESC }]
    first: 20
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      enrolledOn
      accessRoute
      person { nameAr }
      coach { nameAr }
      offering { nameAr center { nameAr } }
    }
  }
}
`,
    variables: JSON.stringify({ status: 'ACTIVE' }, null, 2),
  },
];
