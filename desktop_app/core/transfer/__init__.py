"""Moving resources in and out: file formats, importing, duplicates, exporting,
the PDF handout's document model and collection packs."""
