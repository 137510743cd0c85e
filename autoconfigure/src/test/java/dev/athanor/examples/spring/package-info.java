/** The reference documents' web-framework examples (FastAPI dependencies, TestClient tests) as Spring Boot code. */
package dev.athanor.examples.spring;
