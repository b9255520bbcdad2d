package nl.claimdesk.web;

public record Link(String label, String href) {}
