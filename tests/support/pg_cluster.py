"""The suite's throwaway PostgreSQL cluster; it lives in workstation.bench so that
`workstation bench` can start one for the sync benchmarks too."""

from workstation.bench.pg_cluster import ClusterUnavailable, PgCluster, find_pg_bin

__all__ = ["ClusterUnavailable", "PgCluster", "find_pg_bin"]
