// Nothing leaves the machine unasked. @apollo/gateway (2.14) sends usage metrics to Apollo over
// OTLP, and first runs cloud resource detectors (AWS, Azure, Alibaba, and GCP's metadata lookups,
// the `MetadataLookupWarning` of gcp-metadata) unless APOLLO_TELEMETRY_DISABLED is set. Read when
// a gateway is constructed: this module is imported before any is.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
