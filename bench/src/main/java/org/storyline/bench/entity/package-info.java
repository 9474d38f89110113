/** Quality and speed of the entity and quote stages ({@code bin/bench EntityBench}). */
package org.storyline.bench.entity;
