"""ReportLab documents: quotes and rep day sheets. No Qt."""
