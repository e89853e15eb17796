import { lazy, Suspense } from 'react';
import { CustomRoutes, Loading } from 'react-admin';
import { Route } from 'react-router-dom';

const CoverageMatrix = lazy(() => import('../reports/CoverageMatrix'));
const DistrictOverview = lazy(() => import('../reports/DistrictOverview'));

/** The views across resources, loaded when first opened. */
export const reportRoutes = (
  <CustomRoutes>
    <Route
      path="/coverage"
      element={
        <Suspense fallback={<Loading />}>
          <CoverageMatrix />
        </Suspense>
      }
    />
    <Route
      path="/district-overview/:id?"
      element={
        <Suspense fallback={<Loading />}>
          <DistrictOverview />
        </Suspense>
      }
    />
  </CustomRoutes>
);
